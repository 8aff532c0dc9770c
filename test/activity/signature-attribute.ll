; The "adjoint-activity" attribute chooses the argument activities: x constant, y active.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: inactive
; CHECK-NEXT: %y: active
; CHECK-NEXT: %p: inactive
; CHECK-NEXT: %a: inactive
; CHECK-NEXT: %b: active
; CHECK-NEXT: %v: inactive
; CHECK-NEXT: %c: active
define double @f(double %x, double %y, ptr %p) "adjoint-activity"="CAC" {
  %a = fmul double %x, %x
  %b = fmul double %a, %y
  %v = load double, ptr %p
  %c = fadd double %b, %v
  ret double %c
}
