; Activity of a recursive function reaches a fixed point.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %n: inactive
; CHECK-NEXT: %z: inactive
; CHECK-NEXT: %m: inactive
; CHECK-NEXT: %p: active
; CHECK-NEXT: %r: active
define double @pow_rec(double %x, i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %base, label %rec
base:
  ret double 1.0
rec:
  %m = sub i32 %n, 1
  %p = call double @pow_rec(double %x, i32 %m)
  %r = fmul double %p, %x
  ret double %r
}
