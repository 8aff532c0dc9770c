; Rule: Original: y = erf(x) / Adjoint: dx += dy * 2/sqrt(pi) * exp(-x^2)
; Form: a call to the C library's erff: the 2/sqrt(pi) literal takes the float type.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { float } @adjoint.pullback.f.A_r(float %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load float, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}float {{.*}}%result.adjoint
; CHECK: [[M:%.*]] = fmul float [[DY]], 0x3FF20DD760000000{{$}}
; CHECK: [[XX:%.*]] = fmul float [[X]], [[X]]{{$}}
; CHECK: [[N:%.*]] = fneg float [[XX]]{{$}}
; CHECK: [[E:%.*]] = call float @llvm.exp.f32(float [[N]])
; CHECK: [[P:%.*]] = fmul float [[M]], [[E]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { float } poison, float [[DX]], 0

declare float @erff(float)
declare float @__enzyme_autodiff(ptr, ...)

define float @f(float %x) {
  %y = call float @erff(float %x)
  ret float %y
}

define float @caller(float %x) {
  %x.promoted = fpext float %x to double
  %dx = call float (ptr, ...) @__enzyme_autodiff(ptr @f, double %x.promoted)
  ret float %dx
}
