; The function to differentiate must have a body in the module.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: {{.*}}in function caller {{.*}}adjoint: cannot differentiate 'external_f': its body is not visible in this translation unit

declare double @external_f(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @external_f, double %x)
  ret double %dx
}
