; A load of a double through a pointer: the pointer is a Pointer whose
; memory holds a double at offset 0, the loaded value a double.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @first:
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @first(ptr %p) {
  %v = load double, ptr %p
  ret double %v
}

; CHECK-LABEL: adjoint-types @second:
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,8]:Float@double}
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %at8: {[-1]:Pointer, [-1,0]:Float@double}
define void @second(ptr %p, double %x) {
  %at8 = getelementptr inbounds i8, ptr %p, i64 8
  store double %x, ptr %at8
  ret void
}
