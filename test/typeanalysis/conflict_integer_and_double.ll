; The same bytes stored as an i64 integer and as a double conflict: the
; memory holds Anything, while the stored values keep their own types.
; Different offsets do not conflict.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @conflict:
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Anything}
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %count: {[-1]:Integer}
; CHECK-NEXT:    %bits: {[-1]:Anything}
define void @conflict(ptr %p, i64 %n, double %x) {
  %count = mul i64 %n, 2
  store i64 %count, ptr %p
  store double %x, ptr %p
  %bits = load i64, ptr %p
  ret void
}

; CHECK-LABEL: adjoint-types @no_conflict:
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Integer, [-1,8]:Float@double}
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %count: {[-1]:Integer}
; CHECK-NEXT:    %second: {[-1]:Pointer, [-1,0]:Float@double}
define void @no_conflict(ptr %p, i64 %n, double %x) {
  %count = mul i64 %n, 2
  store i64 %count, ptr %p
  %second = getelementptr inbounds i8, ptr %p, i64 8
  store double %x, ptr %second
  ret void
}
