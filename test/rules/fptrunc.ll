; Rule: Original: y = (narrow) a / Adjoint: da += (wide) dy
; Form: the fptrunc instruction from double to float; the float adjoint of the
; result is widened to double for the operand.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(float %result.adjoint, ptr %tape)
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}float {{.*}}%result.adjoint
; CHECK: [[P:%.*]] = fpext float [[DY]] to double
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @__enzyme_autodiff(ptr, ...)

define float @f(double %x) {
  %y = fptrunc double %x to float
  ret float %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
