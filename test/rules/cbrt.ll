; Rule: Original: y = cbrt(x) / Adjoint: dx += dy / (3 y^2)
; Form: a call to the C library's cbrt (LLVM has no intrinsic for it).
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[Y:%y[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[T:%.*]] = fmul double 3.000000e+00, [[Y]]{{$}}
; CHECK: [[T2:%.*]] = fmul double [[T]], [[Y]]{{$}}
; CHECK: [[P:%.*]] = fdiv double [[DY]], [[T2]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @cbrt(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @cbrt(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
