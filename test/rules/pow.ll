; Rule: Original: y = pow(a, b) / Adjoint: da += dy * b * pow(a, b - 1); db += dy * y * log(a)
; Form: the llvm.pow.f64 intrinsic, both operands active.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double, double } @adjoint.pullback.f.AA_r(double %result.adjoint, ptr %tape)
; CHECK: [[A:%a[0-9]*]] = load double, ptr
; CHECK: [[B:%b[0-9]*]] = load double, ptr
; CHECK: [[Y:%y[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[M:%.*]] = fmul double [[DY]], [[B]]{{$}}
; CHECK: [[BM1:%.*]] = fsub double [[B]], 1.000000e+00{{$}}
; CHECK: [[PW:%.*]] = call double @llvm.pow.f64(double [[A]], double [[BM1]])
; CHECK: [[PA:%.*]] = fmul double [[M]], [[PW]]{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PA]]{{$}}
; The exponent's partial: dy * y * log(a), or 0 when a == 0.
; CHECK: [[Z:%.*]] = fcmp oeq double [[A]], 0.000000e+00{{$}}
; CHECK: [[MY:%.*]] = fmul double [[DY]], [[Y]]{{$}}
; CHECK: [[L:%.*]] = call double @llvm.log.f64(double [[A]])
; CHECK: [[T:%.*]] = fmul double [[MY]], [[L]]{{$}}
; CHECK: [[PB:%.*]] = select i1 [[Z]], double 0.000000e+00, double [[T]]{{$}}
; CHECK: [[DB:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PB]]{{$}}
; CHECK: [[R0:%.*]] = insertvalue { double, double } poison, double [[DA]], 0
; CHECK-NEXT: [[R1:%.*]] = insertvalue { double, double } [[R0]], double [[DB]], 1

declare double @llvm.pow.f64(double, double)
declare { double, double } @__enzyme_autodiff(ptr, ...)

define double @f(double %a, double %b) {
  %y = call double @llvm.pow.f64(double %a, double %b)
  ret double %y
}

define { double, double } @caller(double %a, double %b) {
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @f, double %a, double %b)
  ret { double, double } %d
}
