; Rule: Original: y = hypot(a, b) / Adjoint: da += dy * a / y; db += dy * b / y
; Form: a call to the C library's hypot, both operands active.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double, double } @adjoint.pullback.f.AA_r(double %result.adjoint, ptr %tape)
; CHECK: [[A:%a[0-9]*]] = load double, ptr
; CHECK: [[B:%b[0-9]*]] = load double, ptr
; CHECK: [[Y:%y[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[MA:%.*]] = fmul double [[DY]], [[A]]{{$}}
; CHECK: [[PA:%.*]] = fdiv double [[MA]], [[Y]]{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PA]]{{$}}
; CHECK: [[MB:%.*]] = fmul double [[DY]], [[B]]{{$}}
; CHECK: [[PB:%.*]] = fdiv double [[MB]], [[Y]]{{$}}
; CHECK: [[DB:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PB]]{{$}}
; CHECK: [[R0:%.*]] = insertvalue { double, double } poison, double [[DA]], 0
; CHECK-NEXT: [[R1:%.*]] = insertvalue { double, double } [[R0]], double [[DB]], 1

declare double @hypot(double, double)
declare { double, double } @__enzyme_autodiff(ptr, ...)

define double @f(double %a, double %b) {
  %y = call double @hypot(double %a, double %b)
  ret double %y
}

define { double, double } @caller(double %a, double %b) {
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @f, double %a, double %b)
  ret { double, double } %d
}
