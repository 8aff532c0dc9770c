; Rule: Original: y = freeze a / Adjoint: da += dy
; Form: the freeze instruction: the adjoint passes through unchanged.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK-NOT: load double
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK-NOT: fneg
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[DY]]{{$}}
; CHECK-NOT: fneg
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = freeze double %x
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
