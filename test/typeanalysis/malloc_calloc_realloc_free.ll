; Allocation functions return pointers and take integer sizes; realloc's
; result holds the old block's data, in both directions.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare ptr @calloc(i64, i64)
declare ptr @realloc(ptr, i64)
declare void @free(ptr)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)
declare ptr @_Znwm(i64)
declare void @_ZdlPv(ptr)

; CHECK-LABEL: adjoint-types @grow:
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %m: {[-1]:Integer}
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %q: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    return: {[-1]:Pointer, [-1,0]:Float@double}
define ptr @grow(i64 %n, i64 %m) {
  %p = call ptr @calloc(i64 %n, i64 8)
  store double 1.0, ptr %p
  %q = call ptr @realloc(ptr %p, i64 %m)
  call void @llvm.memset.p0.i64(ptr %q, i8 0, i64 %m, i1 false)
  ret ptr %q
}

; CHECK-LABEL: adjoint-types @cxx:
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %object: {[-1]:Pointer}
define void @cxx(i64 %n) {
  %object = call ptr @_Znwm(i64 %n)
  call void @_ZdlPv(ptr %object)
  ret void
}
