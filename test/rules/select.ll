; Rule: Original: y = c ? a : b / Adjoint: da += c ? dy : 0; db += c ? 0 : dy
; Form: a select on an fcmp of the two active operands. The condition is
; taken from the tape and receives no derivative.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double, double } @adjoint.pullback.f.AA_r(double %result.adjoint, ptr %tape)
; CHECK: [[C:%c[0-9]*]] = load i1, ptr
; CHECK-NOT: load double
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[PA:%.*]] = select i1 [[C]], double [[DY]], double 0.000000e+00{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PA]]{{$}}
; CHECK: [[PB:%.*]] = select i1 [[C]], double 0.000000e+00, double [[DY]]{{$}}
; CHECK: [[DB:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PB]]{{$}}
; CHECK: [[R0:%.*]] = insertvalue { double, double } poison, double [[DA]], 0
; CHECK-NEXT: [[R1:%.*]] = insertvalue { double, double } [[R0]], double [[DB]], 1

declare { double, double } @__enzyme_autodiff(ptr, ...)

define double @f(double %a, double %b) {
  %c = fcmp olt double %a, %b
  %y = select i1 %c, double %a, double %b
  ret double %y
}

define { double, double } @caller(double %a, double %b) {
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @f, double %a, double %b)
  ret { double, double } %d
}
