; -adjoint-explain adds the offending instruction to the error; without it
; no IR is printed.
; RUN: not %opt -passes=adjoint -adjoint-explain -disable-output %s 2>&1 | FileCheck %s --check-prefix=EXPLAIN
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s --check-prefix=PLAIN

; EXPLAIN: fix: register a gradient
; EXPLAIN-NEXT: instruction: %y = call double @opaque(double %x)
; PLAIN: fix: register a gradient
; PLAIN-NOT: instruction:

declare double @opaque(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %y = call double @opaque(double %x)
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
