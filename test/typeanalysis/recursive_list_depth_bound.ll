; A recursive walk over a linked list: every call passes a deeper context,
; and paths stop at six offsets, so the analysis ends.
;
; RUN: %opt -passes='print<adjoint-types>' -disable-output %s 2>&1 | FileCheck %s

; CHECK-LABEL: adjoint-types @sum_list:
; CHECK-NEXT:    %node: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Pointer, [-1,8,0]:Float@double, [-1,8,8]:Pointer, [-1,8,8,0]:Float@double, [-1,8,8,8]:Pointer, [-1,8,8,8,0]:Float@double, [-1,8,8,8,8]:Pointer, [-1,8,8,8,8,0]:Float@double, [-1,8,8,8,8,8]:Pointer}
; CHECK-NEXT:    %null: {[-1]:Integer}
; CHECK-NEXT:    %v: {[-1]:Float@double}
; CHECK-NEXT:    %next.addr: {[-1]:Pointer, [-1,0]:Pointer, [-1,0,0]:Float@double, [-1,0,8]:Pointer, [-1,0,8,0]:Float@double, [-1,0,8,8]:Pointer, [-1,0,8,8,0]:Float@double, [-1,0,8,8,8]:Pointer, [-1,0,8,8,8,0]:Float@double, [-1,0,8,8,8,8]:Pointer}
; CHECK-NEXT:    %next: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Pointer, [-1,8,0]:Float@double, [-1,8,8]:Pointer, [-1,8,8,0]:Float@double, [-1,8,8,8]:Pointer, [-1,8,8,8,0]:Float@double, [-1,8,8,8,8]:Pointer, [-1,8,8,8,8,0]:Float@double, [-1,8,8,8,8,8]:Pointer}
; CHECK-NEXT:    %rest: {[-1]:Float@double}
; CHECK-NEXT:    %s: {[-1]:Float@double}
; CHECK-NEXT:    return: {[-1]:Float@double}
; CHECK-NEXT:    @sum_list in context ({[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Pointer, [-1,8,0]:Float@double, [-1,8,8]:Pointer, [-1,8,8,0]:Float@double, [-1,8,8,8]:Pointer, [-1,8,8,8,0]:Float@double, [-1,8,8,8,8]:Pointer, [-1,8,8,8,8,0]:Float@double, [-1,8,8,8,8,8]:Pointer}):
; CHECK-NEXT:      %node: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Pointer, [-1,8,0]:Float@double, [-1,8,8]:Pointer, [-1,8,8,0]:Float@double, [-1,8,8,8]:Pointer, [-1,8,8,8,0]:Float@double, [-1,8,8,8,8]:Pointer, [-1,8,8,8,8,0]:Float@double, [-1,8,8,8,8,8]:Pointer}
; CHECK-NEXT:      %null: {[-1]:Integer}
; CHECK-NEXT:      %v: {[-1]:Float@double}
; CHECK-NEXT:      %next.addr: {[-1]:Pointer, [-1,0]:Pointer, [-1,0,0]:Float@double, [-1,0,8]:Pointer, [-1,0,8,0]:Float@double, [-1,0,8,8]:Pointer, [-1,0,8,8,0]:Float@double, [-1,0,8,8,8]:Pointer, [-1,0,8,8,8,0]:Float@double, [-1,0,8,8,8,8]:Pointer}
; CHECK-NEXT:      %next: {[-1]:Pointer, [-1,0]:Float@double, [-1,8]:Pointer, [-1,8,0]:Float@double, [-1,8,8]:Pointer, [-1,8,8,0]:Float@double, [-1,8,8,8]:Pointer, [-1,8,8,8,0]:Float@double, [-1,8,8,8,8]:Pointer, [-1,8,8,8,8,0]:Float@double, [-1,8,8,8,8,8]:Pointer}
; CHECK-NEXT:      %rest: {[-1]:Float@double}
; CHECK-NEXT:      %s: {[-1]:Float@double}
; CHECK-NEXT:      return: {[-1]:Float@double}
define double @sum_list(ptr %node) {
entry:
  %null = icmp eq ptr %node, null
  br i1 %null, label %exit, label %body
body:
  %v = load double, ptr %node
  %next.addr = getelementptr inbounds i8, ptr %node, i64 8
  %next = load ptr, ptr %next.addr
  %rest = call double @sum_list(ptr %next)
  %s = fadd double %v, %rest
  ret double %s
exit:
  ret double 0.0
}
