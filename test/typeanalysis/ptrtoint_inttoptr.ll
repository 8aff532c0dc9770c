; ptrtoint and inttoptr keep a pointer a Pointer, with its memory; an
; aligning mask keeps it too; adding an integer keeps it a Pointer (its
; memory is not tracked through integer additions); the difference of two
; pointers is an Integer.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @round_trip:
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    %address: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %aligned: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %moved: {[-1]:Pointer}
; CHECK-NEXT:    %q: {[-1]:Pointer}
; CHECK-NEXT:    return: {[-1]:Pointer}
define ptr @round_trip(ptr %p) {
  %v = load double, ptr %p
  %address = ptrtoint ptr %p to i64
  %aligned = and i64 %address, -16
  %moved = add i64 %aligned, 8
  %q = inttoptr i64 %moved to ptr
  ret ptr %q
}

; CHECK-LABEL: adjoint-types @distance:
; CHECK-NEXT:    %a: {[-1]:Pointer}
; CHECK-NEXT:    %b: {[-1]:Pointer}
; CHECK-NEXT:    %ia: {[-1]:Pointer}
; CHECK-NEXT:    %ib: {[-1]:Pointer}
; CHECK-NEXT:    %d: {[-1]:Integer}
; CHECK-NEXT:    return: {[-1]:Integer}
define i64 @distance(ptr %a, ptr %b) {
  %ia = ptrtoint ptr %a to i64
  %ib = ptrtoint ptr %b to i64
  %d = sub i64 %ia, %ib
  ret i64 %d
}

; CHECK-LABEL: adjoint-types @from_integer:
; CHECK-NEXT:    %address: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @from_integer(i64 %address) {
  %p = inttoptr i64 %address to ptr
  %v = load double, ptr %p
  ret double %v
}
