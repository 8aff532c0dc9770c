; Rule: Original: y = round(x) / Adjoint: dx += 0 (piecewise constant)
; Form: the llvm.round.f64 intrinsic.
; The pullback reads nothing from the tape, emits no math and returns 0.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK-NOT: load double
; CHECK-NOT: call
; CHECK-NOT: fmul
; CHECK-NOT: fdiv
; CHECK-NOT: select
; CHECK: insertvalue { double } poison, double 0.000000e+00, 0
; CHECK-NEXT: ret { double }
; CHECK-NEXT: }

declare double @llvm.round.f64(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @llvm.round.f64(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
