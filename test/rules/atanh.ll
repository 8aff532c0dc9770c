; Rule: Original: y = atanh(x) / Adjoint: dx += dy / (1 - x^2)
; Form: a call to the C library's atanh (LLVM has no intrinsic for it).
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[XX:%.*]] = fmul double [[X]], [[X]]{{$}}
; CHECK: [[D:%.*]] = fsub double 1.000000e+00, [[XX]]{{$}}
; CHECK: [[P:%.*]] = fdiv double [[DY]], [[D]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @atanh(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @atanh(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
