; Rule: Original: y = erf(x) / Adjoint: dx += dy * 2/sqrt(pi) * exp(-x^2)
; Form: a call to the C library's erf (LLVM has no intrinsic for it).
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[X:%x[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[M:%.*]] = fmul double [[DY]], 0x3FF20DD750429B6D{{$}}
; CHECK: [[XX:%.*]] = fmul double [[X]], [[X]]{{$}}
; CHECK: [[N:%.*]] = fneg double [[XX]]{{$}}
; CHECK: [[E:%.*]] = call double @llvm.exp.f64(double [[N]])
; CHECK: [[P:%.*]] = fmul double [[M]], [[E]]{{$}}
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[P]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @erf(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @erf(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
