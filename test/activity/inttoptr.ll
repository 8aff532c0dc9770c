; A pointer made from an integer has no shadow, so loads through it are inactive.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %addr: inactive
; CHECK-NEXT: %p: inactive
; CHECK-NEXT: %c: inactive
; CHECK-NEXT: %y: active
define double @f(double %x, i64 %addr) {
  %p = inttoptr i64 %addr to ptr
  %c = load double, ptr %p
  %y = fmul double %x, %c
  ret double %y
}
