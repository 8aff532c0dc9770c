; A pointer moved around a loop by a constant GEP may point anywhere in
; the array, so its facts hold at every offset ([-1,-1]).
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @pointer_walk:
; CHECK-NEXT:    %begin: {[-1]:Pointer, [-1,-1]:Float@float}
; CHECK-NEXT:    %end: {[-1]:Pointer}
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,-1]:Float@float}
; CHECK-NEXT:    %acc: {[-1]:Float@float}
; CHECK-NEXT:    %v: {[-1]:Float@float}
; CHECK-NEXT:    %sum: {[-1]:Float@float}
; CHECK-NEXT:    %p.next: {[-1]:Pointer, [-1,-1]:Float@float}
; CHECK-NEXT:    %done: {[-1]:Integer}
; CHECK-NEXT:    return: {[-1]:Float@float}
define float @pointer_walk(ptr %begin, ptr %end) {
entry:
  br label %loop
loop:
  %p = phi ptr [ %begin, %entry ], [ %p.next, %loop ]
  %acc = phi float [ 0.0, %entry ], [ %sum, %loop ]
  %v = load float, ptr %p
  %sum = fadd float %acc, %v
  %p.next = getelementptr inbounds i8, ptr %p, i64 4
  %done = icmp eq ptr %p.next, %end
  br i1 %done, label %exit, label %loop
exit:
  ret float %sum
}
