; A pointer returned by a function with a body from a shadowed argument is shadowed (e.g. std::vector::operator[]).
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK-LABEL: activity of 'f':
; CHECK: %v: shadowed
; CHECK-NEXT: %e: shadowed
; CHECK-NEXT: %x: active
define ptr @at(ptr %base, i64 %i) {
  %p = getelementptr double, ptr %base, i64 %i
  ret ptr %p
}
define double @f(ptr %v) {
  %e = call ptr @at(ptr %v, i64 3)
  %x = load double, ptr %e
  ret double %x
}
