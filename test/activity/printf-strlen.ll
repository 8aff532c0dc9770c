; printf and strlen never carry derivatives.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %s: shadowed
; CHECK-NEXT: %r: inactive
; CHECK-NEXT: %len: inactive
; CHECK-NEXT: %l: inactive
; CHECK-NEXT: %y: active
declare i32 @printf(ptr, ...)
declare i64 @strlen(ptr)
@fmt = private constant [4 x i8] c"%f\0A\00"
define double @f(double %x, ptr %s) {
  %r = call i32 (ptr, ...) @printf(ptr @fmt, double %x)
  %len = call i64 @strlen(ptr %s)
  %l = sitofp i64 %len to double
  %y = fmul double %x, %l
  ret double %y
}
