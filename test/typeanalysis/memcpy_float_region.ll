; A copy of floats is floats, and only the copied bytes: the source's
; third float (offset 8) lies beyond the 8 copied bytes.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare void @llvm.memmove.p0.p0.i64(ptr, ptr, i64, i1)

; CHECK-LABEL: adjoint-types @copy_floats:
; CHECK-NEXT:    %dst: {[-1]:Pointer, [-1,0]:Float@float, [-1,4]:Float@float}
; CHECK-NEXT:    %src: {[-1]:Pointer, [-1,0]:Float@float, [-1,4]:Float@float, [-1,8]:Float@float}
; CHECK-NEXT:    %f0: {[-1]:Float@float}
; CHECK-NEXT:    %src1: {[-1]:Pointer, [-1,0]:Float@float, [-1,4]:Float@float}
; CHECK-NEXT:    %f1: {[-1]:Float@float}
; CHECK-NEXT:    %src2: {[-1]:Pointer, [-1,0]:Float@float}
; CHECK-NEXT:    %f2: {[-1]:Float@float}
define void @copy_floats(ptr %dst, ptr %src) {
  %f0 = load float, ptr %src
  %src1 = getelementptr inbounds i8, ptr %src, i64 4
  %f1 = load float, ptr %src1
  %src2 = getelementptr inbounds i8, ptr %src, i64 8
  %f2 = load float, ptr %src2
  call void @llvm.memmove.p0.p0.i64(ptr %dst, ptr %src, i64 8, i1 false)
  ret void
}
