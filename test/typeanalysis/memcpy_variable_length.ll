; A copy of unknown length shares every fact of the two regions; libc's
; memcpy also returns its destination.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare ptr @memcpy(ptr, ptr, i64)

; CHECK-LABEL: adjoint-types @copy_array:
; CHECK-NEXT:    %dst: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %src: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %bytes: {[-1]:Integer}
; CHECK-NEXT:    %last: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @copy_array(ptr %dst, ptr %src, i64 %n) {
  %bytes = shl i64 %n, 3
  call void @llvm.memcpy.p0.p0.i64(ptr %dst, ptr %src, i64 %bytes, i1 false)
  %last = getelementptr inbounds double, ptr %dst, i64 %n
  %v = load double, ptr %last
  ret double %v
}

; CHECK-LABEL: adjoint-types @copy_library:
; CHECK-NEXT:    %dst: {[-1]:Pointer, [-1,0]:Float@float}
; CHECK-NEXT:    %src: {[-1]:Pointer, [-1,0]:Float@float}
; CHECK-NEXT:    %x: {[-1]:Float@float}
; CHECK-NEXT:    %r: {[-1]:Pointer, [-1,0]:Float@float}
; CHECK-NEXT:    return: {[-1]:Pointer, [-1,0]:Float@float}
define ptr @copy_library(ptr %dst, ptr %src) {
  %x = load float, ptr %src
  %r = call ptr @memcpy(ptr %dst, ptr %src, i64 4)
  ret ptr %r
}
