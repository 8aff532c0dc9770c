; Scalars carry the facts of their IR types: floating-point values are
; Float@<type>, i1 values Integer; conversions mark their integer side.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @scalars:
; CHECK-NEXT:    %x: {[-1]:Float@double}
; CHECK-NEXT:    %y: {[-1]:Float@float}
; CHECK-NEXT:    %h: {[-1]:Float@half}
; CHECK-NEXT:    %l: {[-1]:Float@x86_fp80}
; CHECK-NEXT:    %n: {[-1]:Integer}
; CHECK-NEXT:    %flag: {[-1]:Integer}
; CHECK-NEXT:    %sum: {[-1]:Float@double}
; CHECK-NEXT:    %ext: {[-1]:Float@double}
; CHECK-NEXT:    %hext: {[-1]:Float@float}
; CHECK-NEXT:    %ltrunc: {[-1]:Float@double}
; CHECK-NEXT:    %prod: {[-1]:Integer}
; CHECK-NEXT:    %conv: {[-1]:Float@double}
; CHECK-NEXT:    %back: {[-1]:Integer}
; CHECK-NEXT:    %cmp: {[-1]:Integer}
; CHECK-NEXT:    %neg: {[-1]:Float@double}
; CHECK-NEXT:    %sel: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @scalars(double %x, float %y, half %h, x86_fp80 %l, i64 %n, i1 %flag) {
  %sum = fadd double %x, 1.0
  %ext = fpext float %y to double
  %hext = fpext half %h to float
  %ltrunc = fptrunc x86_fp80 %l to double
  %prod = mul i64 %n, 3
  %conv = sitofp i64 %prod to double
  %back = fptosi double %sum to i32
  %cmp = fcmp olt double %sum, %ext
  %neg = fneg double %ltrunc
  %sel = select i1 %flag, double %sum, double %conv
  ret double %sel
}
