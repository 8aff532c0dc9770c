; Recursion reaches a fixed point: a recursive call sees the facts found so
; far and the function is analysed again until they stop changing. In
; @even, the i64 it loads is a double only because @odd loads a double
; through the same pointer.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @power:
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %zero: {[-1]:Integer}
; CHECK-NEXT:    %m: {[-1]:Integer}
; CHECK-NEXT:    %rest: {[-1]:Float@double}
; CHECK-NEXT:    %r: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
; CHECK-NEXT:    @power in context ({[-1]:Float@double}, {[-1]:Integer}):
; CHECK-NEXT:      %x: {[-1]:Float@double}
; CHECK-NEXT:      %n: {[-1]:Integer}
; CHECK-NEXT:      %zero: {[-1]:Integer}
; CHECK-NEXT:      %m: {[-1]:Integer}
; CHECK-NEXT:      %rest: {[-1]:Float@double}
; CHECK-NEXT:      %r: {[-1]:Float@double}
; CHECK-NEXT:      return: {[-1]:Float@double}
define double @power(double %x, i64 %n) {
entry:
  %zero = icmp slt i64 %n, 1
  br i1 %zero, label %base, label %step
base:
  ret double 1.0
step:
  %m = sub i64 %n, 1
  %rest = call double @power(double %x, i64 %m)
  %r = fmul double %x, %rest
  ret double %r
}

; CHECK-LABEL: adjoint-types @even:
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %n: {}
; CHECK-NEXT:    %done: {[-1]:Integer}
; CHECK-NEXT:    %m: {}
; CHECK-NEXT:    %r: {[-1]:Float@double}
; CHECK-NEXT:    %bits: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
; CHECK-NEXT:    @odd in context ({[-1]:Pointer, [-1,0]:Float@double}, {}):
; CHECK-NEXT:      %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:      %n: {}
; CHECK-NEXT:      %v: {[-1]:Float@double}
; CHECK-NEXT:      %m: {}
; CHECK-NEXT:      %r: {[-1]:Float@double}
; CHECK-NEXT:      return: {[-1]:Float@double}
define i64 @even(ptr %p, i64 %n) {
entry:
  %done = icmp eq i64 %n, 0
  br i1 %done, label %exit, label %more
more:
  %m = add i64 %n, -1
  %r = call i64 @odd(ptr %p, i64 %m)
  ret i64 %r
exit:
  %bits = load i64, ptr %p
  ret i64 %bits
}

; CHECK-LABEL: adjoint-types @odd:
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %n: {}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    %m: {}
; CHECK-NEXT:    %r: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
; CHECK-NEXT:    @even in context ({[-1]:Pointer, [-1,0]:Float@double}, {}):
; CHECK-NEXT:      %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:      %n: {}
; CHECK-NEXT:      %done: {[-1]:Integer}
; CHECK-NEXT:      %m: {}
; CHECK-NEXT:      %r: {[-1]:Float@double}
; CHECK-NEXT:      %bits: {[-1]:Float@double}
; CHECK-NEXT:      return: {[-1]:Float@double}
define i64 @odd(ptr %p, i64 %n) {
  %v = load double, ptr %p
  %m = add i64 %n, -1
  %r = call i64 @even(ptr %p, i64 %m)
  ret i64 %r
}
