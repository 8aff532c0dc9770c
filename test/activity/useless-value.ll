; A varied value that cannot reach the output is not active (not useful).
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %shown: inactive
; CHECK-NEXT: %r: inactive
; CHECK-NEXT: %y: active
declare i32 @printf(ptr, ...)
@fmt = private constant [4 x i8] c"%f\0A\00"
define double @f(double %x) {
  %shown = fmul double %x, 3.0
  %r = call i32 (ptr, ...) @printf(ptr @fmt, double %shown)
  %y = fmul double %x, %x
  ret double %y
}
