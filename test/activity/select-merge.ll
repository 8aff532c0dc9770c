; A select merges activity: active if either arm is.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %c: inactive
; CHECK-NEXT: %a: active
; CHECK-NEXT: %b: inactive
; CHECK-NEXT: %cmp: inactive
; CHECK-NEXT: %m: active
define double @f(double %x, double %c) "adjoint-activity"="AC" {
  %a = fmul double %x, 2.0
  %b = fmul double %c, 3.0
  %cmp = fcmp ogt double %a, %b
  %m = select i1 %cmp, double %a, double %b
  ret double %m
}
