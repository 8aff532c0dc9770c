; A registered gradient whose signature does not follow the calling
; convention is an error that states the convention.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: adjoint: the custom rule of 'kernel' does not match its calling convention: the augmented forward takes 2 parameter(s) (each pointer followed by its shadow) and the reverse 3 (the same, then the result's adjoint for a floating-point result, then the tape when the augmented forward returns one)
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'

declare double @__enzyme_autodiff(ptr, ...)

define double @kernel(double %x, double %y) noinline {
  %r = fmul double %x, %y
  ret double %r
}
define double @kernel_aug(double %x, double %y) {
  %r = call double @kernel(double %x, double %y)
  ret double %r
}
; Wrong: the reverse forgets the result's adjoint.
define { double, double } @kernel_rev(double %x, double %y) {
  ret { double, double } zeroinitializer
}
@__enzyme_register_gradient_kernel = global [3 x ptr] [ptr @kernel, ptr @kernel_aug, ptr @kernel_rev]

define double @f(double %x) {
  %r = call double @kernel(double %x, double 3.0)
  ret double %r
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
