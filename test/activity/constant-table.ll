; Loads from a constant global table are inactive.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %k: inactive
; CHECK-NEXT: %p: inactive
; CHECK-NEXT: %c: inactive
; CHECK-NEXT: %y: active
@table = private unnamed_addr constant [3 x double] [double 1.5, double -2.0, double 0.25]
define double @f(double %x, i64 %k) {
  %p = getelementptr [3 x double], ptr @table, i64 0, i64 %k
  %c = load double, ptr %p
  %y = fmul double %c, %x
  ret double %y
}
