; A variable index over structs: every element has the layout of the
; first, so the base pointer is described by one element and a pointer to
; a field sees the following fields (and the next element) at their
; offsets from it.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

%struct.Particle = type { i32, double, ptr }

; CHECK-LABEL: adjoint-types @mass:
; CHECK-NEXT:    %ps: {[-1]:Pointer, [-1,0]:Integer, [-1,8]:Float@double, [-1,16]:Pointer}
; CHECK-NEXT:    %i: {[-1]:Integer}
; CHECK-NEXT:    %mass.addr: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Pointer, [-1,16]:Integer}
; CHECK-NEXT:    %mass: {[-1]:Float@double}
; CHECK-NEXT:    %id.addr: {[-1]:Pointer, [-1,0]:Integer, [-1,8]:Float@double, [-1,16]:Pointer}
; CHECK-NEXT:    %id: {[-1]:Integer}
; CHECK-NEXT:    %index: {[-1]:Integer}
; CHECK-NEXT:    %next.addr: {[-1]:Pointer, [-1,0]:Pointer, [-1,8]:Integer, [-1,16]:Float@double}
; CHECK-NEXT:    %next: {[-1]:Pointer}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @mass(ptr %ps, i64 %i) {
  %mass.addr = getelementptr inbounds %struct.Particle, ptr %ps, i64 %i, i32 1
  %mass = load double, ptr %mass.addr
  %id.addr = getelementptr inbounds %struct.Particle, ptr %ps, i64 %i, i32 0
  %id = load i32, ptr %id.addr
  %index = sext i32 %id to i64
  %next.addr = getelementptr inbounds %struct.Particle, ptr %ps, i64 %i, i32 2
  %next = load ptr, ptr %next.addr
  ret double %mass
}
