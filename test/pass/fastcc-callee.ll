; An internal callee that the optimizer moved to the fast calling convention:
; its derivative functions use the C convention, matching how they are
; called (a mismatch would be undefined behaviour).
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK: call double @adjoint.augmented.square.A_r(double %x, ptr %tape)
; CHECK: define internal double @adjoint.augmented.square.A_r(double %x, ptr %tape)
; CHECK-NOT: fastcc
; CHECK: define internal { double } @adjoint.pullback.square.A_r(

declare double @__enzyme_autodiff(ptr, ...)

define internal fastcc double @square(double %x) noinline {
  %y = fmul double %x, %x
  ret double %y
}

define double @f(double %x) {
  %y = call fastcc double @square(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
