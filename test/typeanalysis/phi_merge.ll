; A phi shares facts with its incoming values: what is loaded through the
; phi holds behind both pointers.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @phi_merge:
; CHECK-NEXT:    %c: {[-1]:Integer}
; CHECK-NEXT:    %a: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %b: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %p: {[-1]:Pointer, [-1,0]:Float@double}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
define double @phi_merge(i1 %c, ptr %a, ptr %b) {
entry:
  br i1 %c, label %left, label %right
left:
  br label %join
right:
  br label %join
join:
  %p = phi ptr [ %a, %left ], [ %b, %right ]
  %v = load double, ptr %p
  ret double %v
}
