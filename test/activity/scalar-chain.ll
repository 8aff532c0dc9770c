; A floating-point chain from an active argument is active; an integer conversion is not.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %n: inactive
; CHECK-NEXT: %a: active
; CHECK-NEXT: %k: inactive
; CHECK-NEXT: %b: active
; CHECK-NEXT: %t: inactive
define double @f(double %x, i32 %n) {
  %a = fmul double %x, %x
  %k = sitofp i32 %n to double
  %b = fadd double %a, %k
  %t = fptosi double %b to i32
  ret double %b
}
