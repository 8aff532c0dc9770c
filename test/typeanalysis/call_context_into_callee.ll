; What a call site knows about its arguments flows into the callee: in the
; caller's context the i64 that @copy_word moves is a double, and the
; callee's store tells the caller what %out holds.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @copy_word:
; CHECK-NEXT:    %to: {[-1]:Pointer}
; CHECK-NEXT:    %from: {[-1]:Pointer}
; CHECK-NEXT:    %word: {}
define void @copy_word(ptr %to, ptr %from) {
  %word = load i64, ptr %from
  store i64 %word, ptr %to
  ret void
}

; CHECK-LABEL: adjoint-types @caller:
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %buffer: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %out: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %bits: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
; CHECK-NEXT:    @copy_word in context ({[-1]:Pointer, [-1,0]:Float@double}, {[-1]:Pointer, [-1,0]:Float@double}):
; CHECK-NEXT:      %to: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:      %from: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:      %word: {[-1]:Float@double}
define double @caller(double %x) {
  %buffer = alloca double
  %out = alloca double
  store double %x, ptr %buffer
  call void @copy_word(ptr %out, ptr %buffer)
  %bits = load i64, ptr %out
  ret double %x
}
