; Heap memory that receives an active value gets a shadow.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %m: shadowed
; CHECK-NEXT: %v: active
; CHECK-NEXT: %y: active
declare ptr @malloc(i64)
declare void @free(ptr)
define double @f(double %x) {
  %m = call ptr @malloc(i64 8)
  store double %x, ptr %m
  %v = load double, ptr %m
  call void @free(ptr %m)
  %y = fmul double %v, 2.0
  ret double %y
}
