; In a loop over a duplicated array, the counter and the index are inactive; the accumulator is active.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %x: active
; CHECK-NEXT: %p: shadowed
; CHECK-NEXT: %n: inactive
; CHECK-NEXT: %i: inactive
; CHECK-NEXT: %s: active
; CHECK-NEXT: %idx: inactive
; CHECK-NEXT: %q: shadowed
; CHECK-NEXT: %v: active
; CHECK-NEXT: %m: active
; CHECK-NEXT: %s.next: active
; CHECK-NEXT: %i.next: inactive
; CHECK-NEXT: %c: inactive
define double @f(double %x, ptr %p, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%i.next, %loop]
  %s = phi double [0.0, %entry], [%s.next, %loop]
  %idx = sext i32 %i to i64
  %q = getelementptr double, ptr %p, i64 %idx
  %v = load double, ptr %q
  %m = fmul double %v, %x
  %s.next = fadd double %s, %m
  %i.next = add i32 %i, 1
  %c = icmp slt i32 %i.next, %n
  br i1 %c, label %loop, label %exit
exit:
  %dead = fmul double %x, %x
  ret double %s.next
}
