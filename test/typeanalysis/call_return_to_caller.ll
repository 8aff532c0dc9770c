; The callee's return facts flow back to the call: @make_vector returns a
; pointer to doubles, so the i64 loaded through it in the caller is a
; double.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare ptr @malloc(i64)

; CHECK-LABEL: adjoint-types @make_vector:
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %bytes: {[-1]:Integer}
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    return: {[-1]:Pointer, [-1,0]:Float@double}
define ptr @make_vector(i64 %n) {
  %bytes = shl i64 %n, 3
  %p = call ptr @malloc(i64 %bytes)
  store double 0.0, ptr %p
  ret ptr %p
}

; CHECK-LABEL: adjoint-types @use_vector:
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %v: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %w: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
; CHECK-NEXT:    @make_vector in context ({[-1]:Integer}):
; CHECK-NEXT:      %n: {[-1]:Integer}
; CHECK-NEXT:      %bytes: {[-1]:Integer}
; CHECK-NEXT:      %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:      return: {[-1]:Pointer, [-1,0]:Float@double}
define i64 @use_vector(i64 %n) {
  %v = call ptr @make_vector(i64 %n)
  %w = load i64, ptr %v
  ret i64 %w
}
