; enzyme_dup in front of a parameter that is not a pointer is a compile error.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: {{.*}}in function caller {{.*}}adjoint: enzyme_dup and enzyme_dupnoneed apply to pointers, but parameter 1 of 'f' has type double

@enzyme_dup = external global i32

declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %m = fmul double %x, %x
  ret double %m
}

define double @caller(double %x, ptr %p) {
  %dup = load i32, ptr @enzyme_dup
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %dup, double %x, ptr %p)
  ret double %dx
}
