; memcpy propagates facts offset by offset over the copied bytes, in both
; directions: a copy of doubles is doubles.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare ptr @malloc(i64)
declare void @free(ptr)

; CHECK-LABEL: adjoint-types @copy_doubles:
; CHECK-NEXT:    %src: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Float@double}
; CHECK-NEXT:    %buffer: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Float@double}
; CHECK-NEXT:    %second: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    %w: {[-1]:Float@double}
; CHECK-NEXT:    %s: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @copy_doubles(ptr %src) {
  %buffer = call ptr @malloc(i64 24)
  call void @llvm.memcpy.p0.p0.i64(ptr %buffer, ptr %src, i64 24, i1 false)
  %second = getelementptr inbounds i8, ptr %buffer, i64 8
  %v = load double, ptr %second
  %w = load double, ptr %src
  %s = fadd double %v, %w
  call void @free(ptr %buffer)
  ret double %s
}
