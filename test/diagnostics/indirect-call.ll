; An indirect call with active arguments cannot be differentiated.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: adjoint: cannot differentiate: an indirect call receives active values
; CHECK-NEXT: while differentiating 'apply' for the request in 'caller'
; CHECK-NEXT: fix: call the function directly, or give the calling function a custom gradient

declare double @__enzyme_autodiff(ptr, ...)
@enzyme_const = global i32 0

define double @apply(ptr %fn, double %x) {
  %y = call double %fn(double %x)
  ret double %y
}

define double @caller(ptr %fn, double %x) {
  %c = load i32, ptr @enzyme_const
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @apply, i32 %c, ptr %fn, double %x)
  ret double %dx
}
