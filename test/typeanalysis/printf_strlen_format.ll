; C library functions: strlen reads characters and returns an integer;
; printf's constant format string types its variadic arguments (%s a
; string, %d an integer, %p a pointer); frexp writes an integer exponent.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

@.fmt = private constant [13 x i8] c"%s %d %p %f\0A\00"
declare i32 @printf(ptr, ...)
declare i64 @strlen(ptr)
declare double @frexp(double, ptr)

; CHECK-LABEL: adjoint-types @report:
; CHECK-NEXT:    %name: {[-1]:Pointer, [-1,-1]:Integer}
; CHECK-NEXT:    %count: {[-1]:Integer}
; CHECK-NEXT:    %where: {[-1]:Pointer, [-1,-1]:Integer}
; CHECK-NEXT:    %value: {[-1]:Float@double}
; CHECK-NEXT:    %len: {[-1]:Integer}
; CHECK-NEXT:    %r: {[-1]:Integer}
; CHECK-NEXT:    return: {[-1]:Integer}
define i32 @report(ptr %name, i64 %count, ptr %where, double %value) {
  %len = call i64 @strlen(ptr %name)
  %r = call i32 (ptr, ...) @printf(ptr @.fmt, ptr %where, i64 %count, ptr %name, double %value)
  ret i32 %r
}

; CHECK-LABEL: adjoint-types @mantissa:
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %e: {[-1]:Pointer, [-1,0]:Integer}
; CHECK-NEXT:    %m: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @mantissa(double %x, ptr %e) {
  %m = call double @frexp(double %x, ptr %e)
  ret double %m
}
