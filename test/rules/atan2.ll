; Rule: Original: y = atan2(a, b) / Adjoint: da += dy * b / (a^2 + b^2); db -= dy * a / (a^2 + b^2)
; Form: a call to the C library's atan2 (LLVM 19 has no intrinsic for it),
; both operands active.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double, double } @adjoint.pullback.f.AA_r(double %result.adjoint, ptr %tape)
; CHECK: [[A:%a[0-9]*]] = load double, ptr
; CHECK: [[B:%b[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[MA:%.*]] = fmul double [[DY]], [[B]]{{$}}
; CHECK: [[AA:%.*]] = fmul double [[A]], [[A]]{{$}}
; CHECK: [[BB:%.*]] = fmul double [[B]], [[B]]{{$}}
; CHECK: [[N:%.*]] = fadd {{(nsz )?}}double [[AA]], [[BB]]{{$}}
; CHECK: [[PA:%.*]] = fdiv double [[MA]], [[N]]{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PA]]{{$}}
; CHECK: [[MB:%.*]] = fmul double [[DY]], [[A]]{{$}}
; CHECK: [[AA2:%.*]] = fmul double [[A]], [[A]]{{$}}
; CHECK: [[BB2:%.*]] = fmul double [[B]], [[B]]{{$}}
; CHECK: [[N2:%.*]] = fadd {{(nsz )?}}double [[AA2]], [[BB2]]{{$}}
; CHECK: [[Q:%.*]] = fdiv double [[MB]], [[N2]]{{$}}
; CHECK: [[PB:%.*]] = fneg double [[Q]]{{$}}
; CHECK: [[DB:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PB]]{{$}}
; CHECK: [[R0:%.*]] = insertvalue { double, double } poison, double [[DA]], 0
; CHECK-NEXT: [[R1:%.*]] = insertvalue { double, double } [[R0]], double [[DB]], 1

declare double @atan2(double, double)
declare { double, double } @__enzyme_autodiff(ptr, ...)

define double @f(double %a, double %b) {
  %y = call double @atan2(double %a, double %b)
  ret double %y
}

define { double, double } @caller(double %a, double %b) {
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @f, double %a, double %b)
  ret { double, double } %d
}
