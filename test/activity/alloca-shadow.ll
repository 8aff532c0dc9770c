; A stack slot that receives an active value gets a shadow; one that holds only integers does not.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %k: inactive
; CHECK-NEXT: %buf: shadowed
; CHECK-NEXT: %ints: inactive
; CHECK-NEXT: %slot: shadowed
; CHECK-NEXT: %islot: inactive
; CHECK-NEXT: %v: active
; CHECK-NEXT: %y: active
define double @f(double %x, i64 %k) {
  %buf = alloca [4 x double]
  %ints = alloca [4 x i64]
  %slot = getelementptr [4 x double], ptr %buf, i64 0, i64 %k
  store double %x, ptr %slot
  %islot = getelementptr [4 x i64], ptr %ints, i64 0, i64 %k
  store i64 %k, ptr %islot
  %v = load double, ptr %slot
  %y = fmul double %v, %v
  ret double %y
}
