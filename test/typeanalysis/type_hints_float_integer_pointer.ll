; The other type hints: floats every 4 bytes, pointers every 8, integers of
; the widest size up to 8 bytes that divides the region; a size that is not
; a constant marks every offset.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare void @__enzyme_float(ptr, i64)
declare void @__enzyme_integer(ptr, i64)
declare void @__enzyme_pointer(ptr, i64)
declare void @__enzyme_double(ptr, i64)

; CHECK-LABEL: adjoint-types @hints:
; CHECK-NEXT:    %f: {[-1]:Pointer, [-1,0]:Float@float, [-1,4]:Float@float, [-1,8]:Float@float}
; CHECK-NEXT:    %i: {[-1]:Pointer, [-1,0]:Integer, [-1,4]:Integer, [-1,8]:Integer}
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Pointer, [-1,8]:Pointer}
; CHECK-NEXT:    %d: {[-1]:Pointer, [-1,-1]:Float@double}
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %bytes: {[-1]:Integer}
define void @hints(ptr %f, ptr %i, ptr %p, ptr %d, i64 %n) {
  call void @__enzyme_float(ptr %f, i64 12)
  call void @__enzyme_integer(ptr %i, i64 12)
  call void @__enzyme_pointer(ptr %p, i64 16)
  %bytes = shl i64 %n, 3
  call void @__enzyme_double(ptr %d, i64 %bytes)
  ret void
}
