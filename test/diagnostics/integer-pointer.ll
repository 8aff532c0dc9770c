; A pointer into memory with a shadow rebuilt from integer arithmetic
; (uintptr_t tricks) would lose its shadow: an error.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: adjoint: cannot differentiate: a pointer into memory with a shadow is rebuilt from integer arithmetic, which loses its shadow
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'
; CHECK-NEXT: fix: compute the address with pointer arithmetic (p + i) instead of through uintptr_t

@enzyme_dup = global i32 0
declare double @__enzyme_autodiff(...)

define double @f(ptr %x) {
  %a = ptrtoint ptr %x to i64
  %b = add i64 %a, 8
  %p = inttoptr i64 %b to ptr
  %v = load double, ptr %p
  ret double %v
}

define double @caller(ptr %x, ptr %dx) {
  %d = load i32, ptr @enzyme_dup
  %r = call double (...) @__enzyme_autodiff(ptr @f, i32 %d, ptr %x, ptr %dx)
  ret double %r
}
