; A select joins its operands: the integers behind %a and the floats
; behind %b conflict only in %either, which may point to both; the facts
; shared back to the operands leave the conflict out.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @select_merge:
; CHECK-NEXT:    %c: {[-1]:Integer}
; CHECK-NEXT:    %i: {[-1]:Integer}
; CHECK-NEXT:    %j: {[-1]:Integer}
; CHECK-NEXT:    %a: {[-1]:Pointer, [-1,-1]:Integer}
; CHECK-NEXT:    %b: {[-1]:Pointer, [-1,-1]:Float@float}
; CHECK-NEXT:    %ai: {[-1]:Pointer, [-1,-1]:Integer}
; CHECK-NEXT:    %k: {[-1]:Integer}
; CHECK-NEXT:    %wide: {[-1]:Integer}
; CHECK-NEXT:    %m: {[-1]:Integer}
; CHECK-NEXT:    %either: {[-1]:Pointer, [-1,-1]:Anything}
; CHECK-NEXT:    %f: {[-1]:Pointer, [-1,-1]:Float@float}
; CHECK-NEXT:    %v: {[-1]:Float@float}
; CHECK-NEXT:    return: {[-1]:Integer}
define i64 @select_merge(i1 %c, i64 %i, i64 %j, ptr %a, ptr %b) {
  %ai = getelementptr inbounds i32, ptr %a, i64 %i
  %k = load i32, ptr %ai
  %wide = sext i32 %k to i64
  %m = select i1 %c, i64 %wide, i64 %j
  %either = select i1 %c, ptr %a, ptr %b
  %f = getelementptr inbounds float, ptr %b, i64 %m
  %v = load float, ptr %f
  ret i64 %m
}
