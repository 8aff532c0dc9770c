; An intrinsic without a derivative rule that receives active values is an error.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: adjoint: cannot differentiate: the intrinsic 'llvm.vector.reduce.fmul.v2f64' receives active values and has no derivative rule
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'

declare double @__enzyme_autodiff(ptr, ...)
declare double @llvm.vector.reduce.fmul.v2f64(double, <2 x double>)

define double @f(double %x) {
  %v = insertelement <2 x double> <double 1.0, double 2.0>, double %x, i64 0
  %r = call double @llvm.vector.reduce.fmul.v2f64(double 1.0, <2 x double> %v)
  ret double %r
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
