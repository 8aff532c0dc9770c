; An error inside a callee names the chain of calls back to the request.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: {{.*}}in function inner {{.*}}adjoint: cannot differentiate: call to 'opaque', which has no visible body and no derivative rule
; CHECK-NEXT: while differentiating 'inner' (called from 'middle', from 'outer') for the request in 'main'

declare double @opaque(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @inner(double %x) {
  %y = call double @opaque(double %x)
  ret double %y
}

define double @middle(double %x) {
  %y = call double @inner(double %x)
  %z = fmul double %y, 2.0
  ret double %z
}

define double @outer(double %x) {
  %y = call double @middle(double %x)
  ret double %y
}

define double @main(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @outer, double %x)
  ret double %dx
}
