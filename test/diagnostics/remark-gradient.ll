; -pass-remarks=adjoint (clang: -Rpass=adjoint) reports each generated
; gradient with its estimated tape size.
; RUN: %opt -passes=adjoint -pass-remarks=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: remark: <unknown>:0:0: generated the gradient of 'square' (activity A_r); estimated tape: 8 bytes + 0 bytes per loop iteration, plus its callees'

declare double @__enzyme_autodiff(ptr, ...)

define double @square(double %x) {
  %y = fmul double %x, %x
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @square, double %x)
  ret double %dx
}
