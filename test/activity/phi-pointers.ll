; A phi of pointers is shadowed when one incoming pointer is.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %p: shadowed
; CHECK-NEXT: %q: shadowed
; CHECK-NEXT: %c: inactive
; CHECK-NEXT: %pa: shadowed
; CHECK-NEXT: %qb: shadowed
; CHECK-NEXT: %r: shadowed
; CHECK-NEXT: %v: active
define double @f(ptr %p, ptr %q, i1 %c) "adjoint-activity"="DDC" {
entry:
  br i1 %c, label %a, label %b
a:
  %pa = getelementptr double, ptr %p, i64 1
  br label %join
b:
  %qb = getelementptr double, ptr %q, i64 2
  br label %join
join:
  %r = phi ptr [%pa, %a], [%qb, %b]
  %v = load double, ptr %r
  ret double %v
}
