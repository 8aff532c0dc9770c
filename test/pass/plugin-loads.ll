; Smoke test: the plugin loads into opt, registers the `adjoint` pass, and a
; module without __enzyme_autodiff calls comes out with its functions intact.
; RUN: %opt -passes=adjoint -S %s | FileCheck %s

; CHECK: define double @id(double %x)
; CHECK-NEXT: ret double %x
define double @id(double %x) {
  ret double %x
}
