; Two active (enzyme_out) arguments need a struct of two floating-point
; fields as the request's return type; a plain double is a compile error.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: {{.*}}in function caller {{.*}}adjoint: the request's return type double cannot hold the derivatives of the 2 active (enzyme_out) argument(s) of 'f'; declare __enzyme_autodiff to return a struct with one double each, or mark arguments enzyme_const

declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x, double %y) {
  %m = fmul double %x, %y
  ret double %m
}

define double @caller(double %x, double %y) {
  %d = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x, double %y)
  ret double %d
}
