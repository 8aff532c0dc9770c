; Rule: Original: y = log1p(x) / Adjoint: dx += dy / (1 + x)
; Form: a call to the C library's log1p (LLVM has no intrinsic for it).
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[T:%.*]] = fadd {{(nsz )?}}double 1.000000e+00, [[X]]{{$}}
; CHECK: [[P:%.*]] = fdiv double [[DY]], [[T]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @log1p(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @log1p(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
