; Rule: Original: y = asin(x) / Adjoint: dx += dy / sqrt(1 - x^2)
; Form: the llvm.asin.f64 intrinsic.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[XX:%.*]] = fmul double [[X]], [[X]]{{$}}
; CHECK: [[D:%.*]] = fsub double 1.000000e+00, [[XX]]{{$}}
; CHECK: [[R:%.*]] = call double @llvm.sqrt.f64(double [[D]])
; CHECK: [[P:%.*]] = fdiv double [[DY]], [[R]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @llvm.asin.f64(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @llvm.asin.f64(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
