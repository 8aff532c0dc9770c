; A bitcast keeps the bits, so an i64 holding a double is a double, and a
; mask on it (fabs by clearing the sign bit) keeps it a double.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @abs_bits:
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %bits: {[-1]:Float@double}
; CHECK-NEXT:    %cleared: {[-1]:Float@double}
; CHECK-NEXT:    %r: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @abs_bits(double %x) {
  %bits = bitcast double %x to i64
  %cleared = and i64 %bits, 9223372036854775807
  %r = bitcast i64 %cleared to double
  ret double %r
}

; CHECK-LABEL: adjoint-types @move_bits:
; CHECK-NEXT:    %dst: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %src: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %word: {[-1]:Float@double}
; CHECK-NEXT:    %value: {[-1]:Float@double}
define void @move_bits(ptr %dst, ptr %src) {
  %word = load i64, ptr %src
  %value = bitcast i64 %word to double
  store i64 %word, ptr %dst
  ret void
}
