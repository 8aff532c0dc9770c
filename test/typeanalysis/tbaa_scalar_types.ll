; TBAA access types name what integer loads and stores move: an i64 copy
; tagged "double" moves a double, "long" an integer, "any pointer" a
; pointer; "omnipotent char" says nothing.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @tagged:
; CHECK-NEXT:    %dst: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %src: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %counts: {[-1]:Pointer, [-1,0]:Integer}
; CHECK-NEXT:    %links: {[-1]:Pointer, [-1,0]:Pointer}
; CHECK-NEXT:    %bytes: {[-1]:Pointer}
; CHECK-NEXT:    %bits: {[-1]:Float@double}
; CHECK-NEXT:    %count: {[-1]:Integer}
; CHECK-NEXT:    %link: {[-1]:Pointer}
; CHECK-NEXT:    %byte: {}
define void @tagged(ptr %dst, ptr %src, ptr %counts, ptr %links, ptr %bytes) {
  %bits = load i64, ptr %src, !tbaa !5
  store i64 %bits, ptr %dst, !tbaa !5
  %count = load i64, ptr %counts, !tbaa !7
  %link = load i64, ptr %links, !tbaa !9
  %byte = load i8, ptr %bytes, !tbaa !11
  ret void
}

!1 = !{!"Simple C/C++ TBAA"}
!2 = !{!"omnipotent char", !1, i64 0}
!3 = !{!"double", !2, i64 0}
!4 = !{!"long", !2, i64 0}
!5 = !{!3, !3, i64 0}
!6 = !{!"any pointer", !2, i64 0}
!7 = !{!4, !4, i64 0}
!9 = !{!6, !6, i64 0}
!11 = !{!2, !2, i64 0}
