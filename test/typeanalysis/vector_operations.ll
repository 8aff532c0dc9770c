; Vector values are described like scalars, for every lane at -1; a vector
; load or store covers one element per lane in memory.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare double @llvm.vector.reduce.fadd.v2f64(double, <2 x double>)

; CHECK-LABEL: adjoint-types @vectors:
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Float@double}
; CHECK-NEXT:    %bits: {[-1]:Float@double}
; CHECK-NEXT:    %q: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    %w: {[-1]:Float@double}
; CHECK-NEXT:    %lane: {[-1]:Float@double}
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %y: {[-1]:Float@double}
; CHECK-NEXT:    %z: {[-1]:Float@double}
; CHECK-NEXT:    %s: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @vectors(ptr %p, <2 x i64> %bits, ptr %q) {
  %v = load <2 x double>, ptr %p
  %w = fmul <2 x double> %v, %v
  %lane = extractelement <2 x double> %w, i64 1
  %x = bitcast <2 x i64> %bits to <2 x double>
  %y = insertelement <2 x double> %x, double %lane, i32 0
  %z = shufflevector <2 x double> %y, <2 x double> %w, <2 x i32> <i32 0, i32 3>
  store <2 x double> %z, ptr %q
  %s = call double @llvm.vector.reduce.fadd.v2f64(double 0.0, <2 x double> %z)
  ret double %s
}
