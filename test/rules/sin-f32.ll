; Rule: Original: y = sin(x) / Adjoint: dx += dy * cos(x)
; Form: the llvm.sin.f32 intrinsic.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { float } @adjoint.pullback.f.A_r(float %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load float, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}float {{.*}}%result.adjoint
; CHECK: [[COS:%.*]] = call float @llvm.cos.f32(float [[X]])
; CHECK: [[P:%.*]] = fmul float [[DY]], [[COS]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { float } poison, float [[DX]], 0

declare float @llvm.sin.f32(float)
declare float @__enzyme_autodiff(ptr, ...)

define float @f(float %x) {
  %y = call float @llvm.sin.f32(float %x)
  ret float %y
}

define float @caller(float %x) {
  %dx = call float (ptr, ...) @__enzyme_autodiff(ptr @f, float %x)
  ret float %dx
}
