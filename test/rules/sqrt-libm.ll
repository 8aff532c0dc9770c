; Rule: Original: y = sqrt(x) / Adjoint: dx += dy / (2 y)
; Form: a call to the C library's sqrt, which uses the same rule as llvm.sqrt.f64.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal double @adjoint.augmented.f.A_r(
; CHECK: %y = call double @sqrt(double %x)
; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[Y:%y[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[T:%.*]] = fmul double 2.000000e+00, [[Y]]{{$}}
; CHECK: [[P:%.*]] = fdiv double [[DY]], [[T]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @sqrt(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @sqrt(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
