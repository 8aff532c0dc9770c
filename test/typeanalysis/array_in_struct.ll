; A variable index into a small array inside a struct: the fact holds for
; each of the array's elements, and not for the struct's other fields.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

%struct.Grid = type { i64, [4 x double] }

; CHECK-LABEL: adjoint-types @cell:
; CHECK-NEXT:    %g: {[-1]:Pointer, [-1,0]:Integer, [-1,8]:Float@double, [-1,16]:Float@double, [-1,24]:Float@double, [-1,32]:Float@double}
; CHECK-NEXT:    %k: {[-1]:Integer}
; CHECK-NEXT:    %count: {[-1]:Integer}
; CHECK-NEXT:    %twice: {[-1]:Integer}
; CHECK-NEXT:    %cell.addr: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @cell(ptr %g, i64 %k) {
  %count = load i64, ptr %g
  %twice = mul i64 %count, 2
  %cell.addr = getelementptr inbounds %struct.Grid, ptr %g, i64 0, i32 1, i64 %k
  %v = load double, ptr %cell.addr
  ret double %v
}
