; A counted loop (clang -O1 shape): the counter, its increment, the trip
; count and the comparisons are integers, the accumulator a double.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @sum:
; CHECK-NEXT:    %a: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %positive: {[-1]:Integer}
; CHECK-NEXT:    %count: {[-1]:Integer}
; CHECK-NEXT:    %i: {[-1]:Integer}
; CHECK-NEXT:    %acc: {[-1]:Float@double}
; CHECK-NEXT:    %addr: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    %acc.next: {[-1]:Float@double}
; CHECK-NEXT:    %i.next: {[-1]:Integer}
; CHECK-NEXT:    %done: {[-1]:Integer}
; CHECK-NEXT:    %result: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @sum(ptr %a, i32 %n) {
entry:
  %positive = icmp sgt i32 %n, 0
  br i1 %positive, label %preheader, label %exit
preheader:
  %count = zext nneg i32 %n to i64
  br label %loop
loop:
  %i = phi i64 [ 0, %preheader ], [ %i.next, %loop ]
  %acc = phi double [ 0.0, %preheader ], [ %acc.next, %loop ]
  %addr = getelementptr inbounds double, ptr %a, i64 %i
  %v = load double, ptr %addr
  %acc.next = fadd double %acc, %v
  %i.next = add nuw nsw i64 %i, 1
  %done = icmp eq i64 %i.next, %count
  br i1 %done, label %exit, label %loop
exit:
  %result = phi double [ 0.0, %entry ], [ %acc.next, %loop ]
  ret double %result
}
