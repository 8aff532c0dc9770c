; A variable index over doubles: every offset behind the base holds a
; double ([-1,-1]); the index and the loop counter are integers.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @scale:
; CHECK-NEXT:    %a: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %s: {[-1]:Float@double}
; CHECK-NEXT:    %i: {[-1]:Integer}
; CHECK-NEXT:    %addr: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    %m: {[-1]:Float@double}
; CHECK-NEXT:    %next: {[-1]:Integer}
; CHECK-NEXT:    %done: {[-1]:Integer}
define void @scale(ptr %a, i64 %n, double %s) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %addr = getelementptr inbounds double, ptr %a, i64 %i
  %v = load double, ptr %addr
  %m = fmul double %v, %s
  store double %m, ptr %addr
  %next = add nuw i64 %i, 1
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret void
}
