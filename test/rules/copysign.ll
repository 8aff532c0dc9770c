; Rule: Original: y = copysign(a, b) / Adjoint: da += dy * sign(a) * sign(b) (b's sign bit decides)
; Form: the llvm.copysign.f64 intrinsic, both operands active. The sign
; operand b receives no derivative: the pullback returns 0 for it.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double, double } @adjoint.pullback.f.AA_r(double %result.adjoint, ptr %tape)
; CHECK: [[A:%a[0-9]*]] = load double, ptr
; CHECK: [[B:%b[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[SA:%.*]] = call double @llvm.copysign.f64(double 1.000000e+00, double [[A]])
; CHECK: [[M:%.*]] = fmul double [[DY]], [[SA]]{{$}}
; CHECK: [[SB:%.*]] = call double @llvm.copysign.f64(double 1.000000e+00, double [[B]])
; CHECK: [[PA:%.*]] = fmul double [[M]], [[SB]]{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PA]]{{$}}
; CHECK: [[R0:%.*]] = insertvalue { double, double } poison, double [[DA]], 0
; CHECK-NEXT: [[R1:%.*]] = insertvalue { double, double } [[R0]], double 0.000000e+00, 1

declare double @llvm.copysign.f64(double, double)
declare { double, double } @__enzyme_autodiff(ptr, ...)

define double @f(double %a, double %b) {
  %y = call double @llvm.copysign.f64(double %a, double %b)
  ret double %y
}

define { double, double } @caller(double %a, double %b) {
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @f, double %a, double %b)
  ret { double, double } %d
}
