; With an inactive return value nothing is useful.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: inactive
; CHECK-NEXT: %y: inactive
define double @f(double %x) "adjoint-return"="inactive" {
  %y = fmul double %x, %x
  ret double %y
}
