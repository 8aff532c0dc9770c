; Arguments and result of a call to a function with a body are active when varied.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK-LABEL: activity of 'g':
; CHECK: %a: active
; CHECK-NEXT: %r: active
; CHECK-LABEL: activity of 'f':
; CHECK: %x: active
; CHECK-NEXT: %c: active
; CHECK-NEXT: %y: active
define double @g(double %a) {
  %r = fmul double %a, %a
  ret double %r
}
define double @f(double %x) {
  %c = call double @g(double %x)
  %y = fadd double %c, 1.0
  ret double %y
}
