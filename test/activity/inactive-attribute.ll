; A callee marked "enzyme_inactive" propagates nothing.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %l: inactive
; CHECK-NEXT: %y: active
declare double @logger(double) "enzyme_inactive"
define double @f(double %x) {
  %l = call double @logger(double %x)
  %y = fadd double %x, %l
  ret double %y
}
