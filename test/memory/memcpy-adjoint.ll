; Rule: Original: memcpy(b, x, n) of doubles
;       Adjoint:  shadow(x)[k] += shadow(b)[k]; shadow(b)[k] = 0
; The stack copy gets a zeroed heap shadow; the reverse sweep moves the
; adjoints back through the copy with a typed loop, then frees the shadow.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal double @adjoint.augmented.f.DC_r(ptr %x, i64 %n, ptr %x.shadow, ptr %tape)
; CHECK: %b.shadow = call ptr @calloc(i64 1, i64 32)
; CHECK: call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %x, i64 32, i1 false)
; CHECK-LABEL: define internal void @adjoint.pullback.f.DC_r(
; CHECK: call void @adjoint.transfer.double(ptr %x.shadow{{[0-9]*}}, ptr %b.shadow{{[0-9]*}}, i64 32)
; CHECK: call void @free(ptr %b.shadow{{[0-9]*}})
; CHECK-LABEL: define internal void @adjoint.transfer.double(ptr %0, ptr %1, i64 %2)
; CHECK: [[ADJ:%.*]] = load double, ptr [[TO:%.*]], align 8
; CHECK-NEXT: store double 0.000000e+00, ptr [[TO]]
; CHECK: [[OLD:%.*]] = load double, ptr [[FROM:%.*]], align 8
; CHECK-NEXT: [[NEW:%.*]] = fadd double [[OLD]], [[ADJ]]
; CHECK-NEXT: store double [[NEW]], ptr [[FROM]]

@enzyme_dup = global i32 0
declare double @__enzyme_autodiff(...)
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)

; f(x) = sum_i b[i]^2 with b a stack copy of x[0..3]
define double @f(ptr %x, i64 %n) {
entry:
  %b = alloca [4 x double]
  call void @llvm.memcpy.p0.p0.i64(ptr %b, ptr %x, i64 32, i1 false)
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %s = phi double [ 0.0, %entry ], [ %s.next, %loop ]
  %p = getelementptr double, ptr %b, i64 %i
  %v = load double, ptr %p
  %sq = fmul double %v, %v
  %s.next = fadd double %s, %sq
  %i.next = add i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret double %s.next
}

define double @caller(ptr %x, ptr %dx) {
  %d = load i32, ptr @enzyme_dup
  %r = call double (...) @__enzyme_autodiff(ptr @f, i32 %d, ptr %x, ptr %dx, i64 4)
  ret double %r
}
