; Rule: Original: y = (wide) a / Adjoint: da += (narrow) dy
; Form: the fpext instruction from float to double; the double adjoint of the
; result is narrowed to float for the operand.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { float } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[P:%.*]] = fptrunc double [[DY]] to float
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { float } poison, float [[DX]], 0

declare double @__enzyme_autodiff(ptr, ...)

define double @f(float %x) {
  %y = fpext float %x to double
  ret double %y
}

define double @caller(float %x) {
  %x.promoted = fpext float %x to double
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x.promoted)
  ret double %dx
}
