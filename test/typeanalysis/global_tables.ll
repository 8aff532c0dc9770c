; Globals start with the facts of their declared types (the integers of a
; constant table included); constant GEP expressions reach into them.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

@table = internal constant [4 x double] [double 1.0, double 2.0, double 4.0, double 8.0]
@config = global { i32, float, ptr } zeroinitializer
@big = global [1000 x double] zeroinitializer
@counts = internal constant [3 x i32] [i32 1, i32 2, i32 3]

; CHECK-LABEL: adjoint-types @lookup:
; CHECK-NEXT:    %i: {[-1]:Integer}
; CHECK-NEXT:    %addr: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    %f: {[-1]:Float@float}
; CHECK-NEXT:    %e: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %bits: {[-1]:Float@double}
; CHECK-NEXT:    %c: {[-1]:Pointer, [-1,0]:Integer}
; CHECK-NEXT:    %count: {[-1]:Integer}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @lookup(i64 %i) {
  %addr = getelementptr inbounds [4 x double], ptr @table, i64 0, i64 %i
  %v = load double, ptr %addr
  %f = load i32, ptr getelementptr inbounds (i8, ptr @config, i64 4)
  %e = getelementptr inbounds double, ptr @big, i64 %i
  %bits = load i64, ptr %e
  %c = getelementptr inbounds [3 x i32], ptr @counts, i64 0, i64 %i
  %count = load i32, ptr %c
  ret double %v
}
