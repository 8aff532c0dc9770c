; Struct values in registers are described by byte offset: insertvalue and
; extractvalue place and take members, and an aggregate load reads each
; member from its offset in memory.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @pair:
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %k: {[-1]:Integer}
; CHECK-NEXT:    %a: {[0]:Float@double}
; CHECK-NEXT:    %b: {[0]:Float@double, [8]:Integer}
; CHECK-NEXT:    return: {[0]:Float@double, [8]:Integer}
define { double, i64 } @pair(double %x, i64 %n) {
  %k = mul i64 %n, 2
  %a = insertvalue { double, i64 } poison, double %x, 0
  %b = insertvalue { double, i64 } %a, i64 %k, 1
  ret { double, i64 } %b
}

; CHECK-LABEL: adjoint-types @unpack:
; CHECK-NEXT:    %q: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Pointer, [-1,8,0]:Float@float}
; CHECK-NEXT:    %pair: {[0]:Float@double, [8]:Pointer, [8,0]:Float@float}
; CHECK-NEXT:    %f: {[-1]:Float@double}
; CHECK-NEXT:    %ptr: {[-1]:Pointer, [-1,0]:Float@float}
; CHECK-NEXT:    %g: {[-1]:Float@float}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @unpack(ptr %q) {
  %pair = load { double, ptr }, ptr %q
  %f = extractvalue { double, ptr } %pair, 0
  %ptr = extractvalue { double, ptr } %pair, 1
  %g = load float, ptr %ptr
  ret double %f
}
