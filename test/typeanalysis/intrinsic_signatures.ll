; Intrinsics: floating-point and pointer operands carry their IR types,
; integer operands and results are integers (the exponent of powi, umax);
; ptrmask keeps the pointer's facts.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

declare double @llvm.powi.f64.i32(double, i32)
declare i64 @llvm.umax.i64(i64, i64)
declare double @llvm.fabs.f64(double)
declare ptr @llvm.ptrmask.p0.i64(ptr, i64)
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)

; CHECK-LABEL: adjoint-types @intrinsics:
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %e: {[-1]:Integer}
; CHECK-NEXT:    %a: {[-1]:Integer}
; CHECK-NEXT:    %b: {[-1]:Integer}
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %y: {[-1]:Float@double}
; CHECK-NEXT:    %m: {[-1]:Integer}
; CHECK-NEXT:    %z: {[-1]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    %q: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %o: {[0]:Integer, [8]:Integer}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @intrinsics(double %x, i32 %e, i64 %a, i64 %b, ptr %p) {
  %y = call double @llvm.powi.f64.i32(double %x, i32 %e)
  %m = call i64 @llvm.umax.i64(i64 %a, i64 %b)
  %z = call double @llvm.fabs.f64(double %y)
  %v = load double, ptr %p
  %q = call ptr @llvm.ptrmask.p0.i64(ptr %p, i64 -8)
  %o = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %a, i64 %b)
  ret double %z
}
