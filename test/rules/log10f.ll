; Rule: Original: y = log10(x) / Adjoint: dx += dy / (x * ln(10))
; Form: a call to the C library's log10f: the ln(10) literal takes the float type.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { float } @adjoint.pullback.f.A_r(float %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load float, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}float {{.*}}%result.adjoint
; CHECK: [[M:%.*]] = fmul float [[X]], 0x40026BB1C0000000{{$}}
; CHECK: [[P:%.*]] = fdiv float [[DY]], [[M]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { float } poison, float [[DX]], 0

declare float @log10f(float)
declare float @__enzyme_autodiff(ptr, ...)

define float @f(float %x) {
  %y = call float @log10f(float %x)
  ret float %y
}

define float @caller(float %x) {
  %x.promoted = fpext float %x to double
  %dx = call float (ptr, ...) @__enzyme_autodiff(ptr @f, double %x.promoted)
  ret float %dx
}
