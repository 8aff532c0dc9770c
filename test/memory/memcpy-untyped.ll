; A copy of active memory whose bytes nothing types is an error that asks
; for a type hint.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: adjoint: cannot differentiate: cannot deduce the type of the data that 'llvm.memcpy.p0.p0.i64' copies, so its derivative is unknown
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'
; CHECK-NEXT: fix: tell the plugin what the memory holds with a type hint before the copy, e.g. `__enzyme_double(ptr, bytes)`

@enzyme_dup = global i32 0
declare void @__enzyme_autodiff(...)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @opaque_use(ptr) readonly

; The copied bytes are only ever seen as bytes.
define void @f(ptr %dst, ptr %src, i64 %n) {
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %src, i64 %n, i1 false)
  ret void
}

define void @caller(ptr %a, ptr %da, ptr %b, ptr %db, i64 %n) {
  %d = load i32, ptr @enzyme_dup
  call void (...) @__enzyme_autodiff(ptr @f, i32 %d, ptr %a, ptr %da, i32 %d, ptr %b, ptr %db, i64 %n)
  ret void
}
