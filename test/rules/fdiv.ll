; Rule: Original: y = a / b / Adjoint: da += dy / b; db -= dy * y / b
; Form: the fdiv instruction, both operands active. The rule reads b and y
; but not a, so only b and y are taken from the tape.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double, double } @adjoint.pullback.f.AA_r(double %result.adjoint, ptr %tape)
; CHECK: [[B:%b[0-9]*]] = load double, ptr
; CHECK: [[Y:%y[0-9]*]] = load double, ptr
; CHECK-NOT: load double
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[PA:%.*]] = fdiv double [[DY]], [[B]]{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PA]]{{$}}
; CHECK: [[M:%.*]] = fmul double [[DY]], [[Y]]{{$}}
; CHECK: [[Q:%.*]] = fdiv double [[M]], [[B]]{{$}}
; CHECK: [[PB:%.*]] = fneg double [[Q]]{{$}}
; CHECK: [[DB:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PB]]{{$}}
; CHECK: [[R0:%.*]] = insertvalue { double, double } poison, double [[DA]], 0
; CHECK-NEXT: [[R1:%.*]] = insertvalue { double, double } [[R0]], double [[DB]], 1

declare { double, double } @__enzyme_autodiff(ptr, ...)

define double @f(double %a, double %b) {
  %y = fdiv double %a, %b
  ret double %y
}

define { double, double } @caller(double %a, double %b) {
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @f, double %a, double %b)
  ret { double, double } %d
}
