; Rule: Original: y = fmax(a, b) / Adjoint: da += a >= b ? dy : 0; db += else
; Form: a call to the C library's fmax, both operands active.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double, double } @adjoint.pullback.f.AA_r(double %result.adjoint, ptr %tape)
; CHECK: [[A:%a[0-9]*]] = load double, ptr
; CHECK: [[B:%b[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[CA:%.*]] = fcmp oge double [[A]], [[B]]{{$}}
; CHECK: [[PA:%.*]] = select i1 [[CA]], double [[DY]], double 0.000000e+00{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PA]]{{$}}
; CHECK: [[CB:%.*]] = fcmp oge double [[A]], [[B]]{{$}}
; CHECK: [[PB:%.*]] = select i1 [[CB]], double 0.000000e+00, double [[DY]]{{$}}
; CHECK: [[DB:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PB]]{{$}}
; CHECK: [[R0:%.*]] = insertvalue { double, double } poison, double [[DA]], 0
; CHECK-NEXT: [[R1:%.*]] = insertvalue { double, double } [[R0]], double [[DB]], 1

declare double @fmax(double, double)
declare { double, double } @__enzyme_autodiff(ptr, ...)

define double @f(double %a, double %b) {
  %y = call double @fmax(double %a, double %b)
  ret double %y
}

define { double, double } @caller(double %a, double %b) {
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @f, double %a, double %b)
  ret { double, double } %d
}
