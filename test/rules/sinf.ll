; Rule: Original: y = sin(x) / Adjoint: dx += dy * cos(x)
; Form: a call to the C library's sinf, requested the way C passes a float
; through `...` (promoted to double): the rule is emitted in float.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define float @caller(
; CHECK: [[ARG:%.*]] = fptrunc double %x.promoted to float
; CHECK: call float @adjoint.augmented.f.A_r(float [[ARG]], ptr
; CHECK-LABEL: define internal float @adjoint.augmented.f.A_r(
; CHECK: %y = call float @sinf(float %x)
; CHECK-LABEL: define internal { float } @adjoint.pullback.f.A_r(float %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load float, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}float {{.*}}%result.adjoint
; CHECK: [[COS:%.*]] = call float @llvm.cos.f32(float [[X]])
; CHECK: [[P:%.*]] = fmul float [[DY]], [[COS]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { float } poison, float [[DX]], 0

declare float @sinf(float)
declare float @__enzyme_autodiff(ptr, ...)

define float @f(float %x) {
  %y = call float @sinf(float %x)
  ret float %y
}

define float @caller(float %x) {
  %x.promoted = fpext float %x to double
  %dx = call float (ptr, ...) @__enzyme_autodiff(ptr @f, double %x.promoted)
  ret float %dx
}
