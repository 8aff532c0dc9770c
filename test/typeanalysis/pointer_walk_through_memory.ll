; Unoptimized code keeps the moving pointer in a stack slot, so the loop
; goes through memory: offsets pile up behind the pointer until a level
; holds more than 64, and then merge into -1.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @fill:
; CHECK-NEXT:    %begin: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %end: {[-1]:Pointer}
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %slot: {[-1]:Pointer, [-1,0]:Pointer, [-1,0,-1]:Float@double}
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %p.next: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %done: {[-1]:Integer}
define void @fill(ptr %begin, ptr %end, double %x) {
entry:
  %slot = alloca ptr
  store ptr %begin, ptr %slot
  br label %loop
loop:
  %p = load ptr, ptr %slot
  store double %x, ptr %p
  %p.next = getelementptr inbounds double, ptr %p, i64 1
  store ptr %p.next, ptr %slot
  %done = icmp eq ptr %p.next, %end
  br i1 %done, label %exit, label %loop
exit:
  ret void
}
