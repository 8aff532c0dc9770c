; An intrinsic without a derivative rule that receives active values is an error.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: adjoint: cannot differentiate: the intrinsic 'llvm.ldexp.f64.i32' receives active values and has no derivative rule
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'

declare double @__enzyme_autodiff(ptr, ...)
declare double @llvm.ldexp.f64.i32(double, i32)

define double @f(double %x) {
  %r = call double @llvm.ldexp.f64.i32(double %x, i32 3)
  ret double %r
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
