; Rule: Original: y = exp2(x) / Adjoint: dx += dy * y * ln(2)
; Form: the llvm.exp2.f32 intrinsic: the ln(2) literal takes the float type.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { float } @adjoint.pullback.f.A_r(float %result.adjoint, ptr %tape)
; CHECK: [[Y:%y[0-9]*]] = load float, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}float {{.*}}%result.adjoint
; CHECK: [[M:%.*]] = fmul float [[DY]], [[Y]]{{$}}
; CHECK: [[P:%.*]] = fmul float [[M]], 0x3FE62E4300000000{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { float } poison, float [[DX]], 0

declare float @llvm.exp2.f32(float)
declare float @__enzyme_autodiff(ptr, ...)

define float @f(float %x) {
  %y = call float @llvm.exp2.f32(float %x)
  ret float %y
}

define float @caller(float %x) {
  %dx = call float (ptr, ...) @__enzyme_autodiff(ptr @f, float %x)
  ret float %dx
}
