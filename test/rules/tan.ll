; Rule: Original: y = tan(x) / Adjoint: dx += dy * (1 + y^2)
; Form: the llvm.tan.f64 intrinsic.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[Y:%y[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[YY:%.*]] = fmul double [[Y]], [[Y]]{{$}}
; CHECK: [[T:%.*]] = fadd {{(nsz )?}}double 1.000000e+00, [[YY]]{{$}}
; CHECK: [[P:%.*]] = fmul double [[DY]], [[T]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @llvm.tan.f64(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @llvm.tan.f64(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
