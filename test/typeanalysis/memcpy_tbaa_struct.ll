; clang describes struct copies with !tbaa.struct (offset, size, type):
; the copy of struct { int; double; } gives both regions their fields.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

; CHECK-LABEL: adjoint-types @copy_struct:
; CHECK-NEXT:    %dst: {[-1]:Pointer, [-1,0]:Integer, [-1,8]:Float@double}
; CHECK-NEXT:    %src: {[-1]:Pointer, [-1,0]:Integer, [-1,8]:Float@double}
define void @copy_struct(ptr %dst, ptr %src) {
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %src, i64 16, i1 false), !tbaa.struct !10
  ret void
}

!1 = !{!"Simple C/C++ TBAA"}
!2 = !{!"omnipotent char", !1, i64 0}
!3 = !{!"int", !2, i64 0}
!4 = !{!"double", !2, i64 0}
!5 = !{!3, !3, i64 0}
!6 = !{!4, !4, i64 0}
!10 = !{i64 0, i64 4, !5, i64 8, i64 8, !6}
