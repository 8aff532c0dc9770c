; Rule: Original: y = |x| / Adjoint: dx += dy * sign(x)
; Form: the llvm.fabs.f64 intrinsic.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[Z:%.*]] = fcmp oeq double [[X]], 0.000000e+00{{$}}
; CHECK: [[ONE:%.*]] = call double @llvm.copysign.f64(double 1.000000e+00, double [[X]])
; CHECK: [[SIGN:%.*]] = select i1 [[Z]], double 0.000000e+00, double [[ONE]]{{$}}
; CHECK: [[P:%.*]] = fmul double [[DY]], [[SIGN]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @llvm.fabs.f64(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @llvm.fabs.f64(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
