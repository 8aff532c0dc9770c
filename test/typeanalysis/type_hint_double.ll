; __enzyme_double(p, size) marks the size bytes behind p as doubles, which
; the memcpy then gives to the destination.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare void @__enzyme_double(ptr, i64)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

; CHECK-LABEL: adjoint-types @hinted_copy:
; CHECK-NEXT:    %dst: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Float@double}
; CHECK-NEXT:    %src: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Float@double}
define void @hinted_copy(ptr %dst, ptr %src) {
  call void @__enzyme_double(ptr %src, i64 16)
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %src, i64 16, i1 false)
  ret void
}
