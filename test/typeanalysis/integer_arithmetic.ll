; Integer arithmetic: mul, div and rem make integers of their operands;
; add and sub keep integers (and pointers) apart; a comparison makes both
; sides the same kind; a shift of a double's bits is an integer without
; making the double one.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @arithmetic:
; CHECK-NEXT:    %a: {[-1]:Integer}
; CHECK-NEXT:    %b: {[-1]:Integer}
; CHECK-NEXT:    %c: {[-1]:Integer}
; CHECK-NEXT:    %d: {[-1]:Integer}
; CHECK-NEXT:    %e: {[-1]:Integer}
; CHECK-NEXT:    %prod: {[-1]:Integer}
; CHECK-NEXT:    %sum: {[-1]:Integer}
; CHECK-NEXT:    %less: {[-1]:Integer}
; CHECK-NEXT:    %wide: {[-1]:Integer}
; CHECK-NEXT:    %quotient: {[-1]:Integer}
; CHECK-NEXT:    return: {[-1]:Integer}
define i64 @arithmetic(i64 %a, i64 %b, i64 %c, i64 %d, i32 %e) {
  %prod = mul i64 %a, %b
  %sum = add i64 %prod, %c
  %less = icmp slt i64 %sum, %d
  %wide = sext i32 %e to i64
  %quotient = sdiv i64 %sum, %wide
  ret i64 %quotient
}

; CHECK-LABEL: adjoint-types @exponent:
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %bits: {[-1]:Float@double}
; CHECK-NEXT:    %shifted: {[-1]:Integer}
; CHECK-NEXT:    %masked: {[-1]:Integer}
; CHECK-NEXT:    return: {[-1]:Integer}
define i64 @exponent(double %x) {
  %bits = bitcast double %x to i64
  %shifted = lshr i64 %bits, 52
  %masked = and i64 %shifted, 2047
  ret i64 %masked
}
