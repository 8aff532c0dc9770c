; Rule: Original: y = powi(a, n) / Adjoint: da += dy * n * powi(a, n - 1)
; Form: the llvm.powi.f64.i32 intrinsic with a run-time exponent. The integer
; exponent is taken from the tape and receives no derivative.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.AC_r(double %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load double, ptr
; CHECK: [[N:%n[0-9]*]] = load i32, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[NF:%.*]] = sitofp i32 [[N]] to double
; CHECK: [[M:%.*]] = fmul double [[DY]], [[NF]]{{$}}
; CHECK: [[NM1:%.*]] = add i32 [[N]], -1{{$}}
; CHECK: [[PW:%.*]] = call double @llvm.powi.f64.i32(double [[X]], i32 [[NM1]])
; CHECK: [[P:%.*]] = fmul double [[M]], [[PW]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @llvm.powi.f64.i32(double, i32)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x, i32 %n) {
  %y = call double @llvm.powi.f64.i32(double %x, i32 %n)
  ret double %y
}

define double @caller(double %x, i32 %n) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x, i32 %n)
  ret double %dx
}
