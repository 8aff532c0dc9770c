; A value stored into memory with a shadow is useful even without a return value.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %out: shadowed
; CHECK-NEXT: %x: active
; CHECK-NEXT: %y: active
define void @f(ptr %out, double %x) {
  %y = fmul double %x, %x
  store double %y, ptr %out
  ret void
}
