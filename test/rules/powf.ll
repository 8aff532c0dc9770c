; Rule: Original: y = pow(a, b) / Adjoint: da += dy * b * pow(a, b - 1); db += dy * y * log(a)
; Form: a call to the C library's powf with float operands passed through
; `...` as doubles; the rule is emitted in float.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { float, float } @adjoint.pullback.f.AA_r(float %result.adjoint, ptr %tape)
; CHECK: [[A:%a[0-9]*]] = load float, ptr
; CHECK: [[B:%b[0-9]*]] = load float, ptr
; CHECK: [[Y:%y[0-9]*]] = load float, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}float {{.*}}%result.adjoint
; CHECK: [[M:%.*]] = fmul float [[DY]], [[B]]{{$}}
; CHECK: [[BM1:%.*]] = fsub float [[B]], 1.000000e+00{{$}}
; CHECK: [[PW:%.*]] = call float @llvm.pow.f32(float [[A]], float [[BM1]])
; CHECK: [[PA:%.*]] = fmul float [[M]], [[PW]]{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[PA]]{{$}}
; The exponent's partial: dy * y * log(a), or 0 when a == 0.
; CHECK: [[Z:%.*]] = fcmp oeq float [[A]], 0.000000e+00{{$}}
; CHECK: [[MY:%.*]] = fmul float [[DY]], [[Y]]{{$}}
; CHECK: [[L:%.*]] = call float @llvm.log.f32(float [[A]])
; CHECK: [[T:%.*]] = fmul float [[MY]], [[L]]{{$}}
; CHECK: [[PB:%.*]] = select i1 [[Z]], float 0.000000e+00, float [[T]]{{$}}
; CHECK: [[DB:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[PB]]{{$}}
; CHECK: [[R0:%.*]] = insertvalue { float, float } poison, float [[DA]], 0
; CHECK-NEXT: [[R1:%.*]] = insertvalue { float, float } [[R0]], float [[DB]], 1

declare float @powf(float, float)
declare { float, float } @__enzyme_autodiff(ptr, ...)

define float @f(float %a, float %b) {
  %y = call float @powf(float %a, float %b)
  ret float %y
}

define { float, float } @caller(float %a, float %b) {
  %a.promoted = fpext float %a to double
  %b.promoted = fpext float %b to double
  %d = call { float, float } (ptr, ...) @__enzyme_autodiff(ptr @f, double %a.promoted, double %b.promoted)
  ret { float, float } %d
}
