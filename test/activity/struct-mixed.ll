; Through a duplicated struct pointer: the integer field is inactive, the double field active, the pointer field shadowed.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %s: shadowed
; CHECK-NEXT: %np: shadowed
; CHECK-NEXT: %n: inactive
; CHECK-NEXT: %scp: shadowed
; CHECK-NEXT: %scale: active
; CHECK-NEXT: %dp: shadowed
; CHECK-NEXT: %data: shadowed
; CHECK-NEXT: %v: active
; CHECK-NEXT: %nf: inactive
; CHECK-NEXT: %a: active
; CHECK-NEXT: %y: active
%struct.S = type { i32, double, ptr }
define double @f(ptr %s) {
  %np = getelementptr %struct.S, ptr %s, i64 0, i32 0
  %n = load i32, ptr %np
  %scp = getelementptr %struct.S, ptr %s, i64 0, i32 1
  %scale = load double, ptr %scp
  %dp = getelementptr %struct.S, ptr %s, i64 0, i32 2
  %data = load ptr, ptr %dp
  %v = load double, ptr %data
  %nf = sitofp i32 %n to double
  %a = fmul double %scale, %v
  %y = fmul double %a, %nf
  ret double %y
}
