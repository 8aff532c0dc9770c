; A loop whose phi accumulates x*x n times (n >= 1), so f(x, n) = n * x^2 and
; df/dx = 2 * n * x. The forward sweep pushes, per iteration, which
; predecessor entered the loop header; the reverse loop pops it and switches:
; back along the latch (another iteration to undo) or out to the entry.
; The phi's adjoint is handed to its incoming value on the edge taken.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; Forward: index 1 when entered from %entry, 0 from the latch.
; CHECK-LABEL: define internal double @adjoint.augmented.f.AC_r(double %x, i64 %n, ptr %tape)
; CHECK: {{^}}loop:
; CHECK-NEXT: [[IDX:%.*]] = phi i64 [ 0, %{{.*}} ], [ 1, %entry ]
; CHECK: store i64 [[IDX]], ptr
; CHECK: br i1 %done, label %exit, label %loop

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.AC_r(double %result.adjoint, ptr %tape)
; CHECK: {{^}}reverse.loop.to.entry:
; CHECK-NEXT: br label %reverse.entry
; The back edge: the adjoint of %acc (the phi) flows to %acc.next, the value
; the phi receives from the latch.
; CHECK: {{^}}reverse.loop.to.loop:
; CHECK-NEXT: [[CARRY:%.*]] = fadd double {{.*}}, [[DACC:%[0-9]+]]{{$}}
; CHECK-NEXT: br label %reverse.loop
; The reverse loop body.
; CHECK: {{^}}reverse.loop:
; CHECK-DAG: [[XADJ:%.*]] = phi double [ 0.000000e+00, %reverse.exit ], [ [[XNEXT:%[^ ,]+]], %reverse.loop.to.loop ]
; CHECK-DAG: [[ACCADJ:%.*]] = phi double [ [[SEED:%[^ ,]+]], %reverse.exit ], [ [[CARRY]], %reverse.loop.to.loop ]
; acc.next = acc + sq: both operands receive d(acc.next).
; CHECK: [[DACC]] = fadd double {{.*}}, [[ACCADJ]]{{$}}
; CHECK: [[DSQ:%.*]] = fadd double {{.*}}, [[ACCADJ]]{{$}}
; sq = x * x: x receives dsq * x twice, added to its running adjoint.
; CHECK: [[P1:%.*]] = fmul double [[DSQ]], %x{{[0-9]*}}{{$}}
; CHECK: [[X1:%.*]] = fadd double [[XADJ]], [[P1]]{{$}}
; CHECK: [[P2:%.*]] = fmul double [[DSQ]], %x{{[0-9]*}}{{$}}
; CHECK: [[XNEXT]] = fadd double [[X1]], [[P2]]{{$}}
; CHECK: switch i64 {{%.*}}, label %reverse.loop.to.loop [
; CHECK-NEXT: i64 1, label %reverse.loop.to.entry
; CHECK-NEXT: ]
; The return block pops the function record, which holds x once for the
; whole reverse sweep (x is loop-invariant), and seeds d(acc.next) with the
; result's adjoint.
; CHECK: {{^}}reverse.exit:
; CHECK: %x{{[0-9]*}} = load double, ptr
; CHECK-NEXT: [[SEED]] = fadd double {{.*}}%result.adjoint
; CHECK-NEXT: br label %reverse.loop
; CHECK: {{^}}exit:
; CHECK-NEXT: insertvalue { double } poison, double [[XNEXT]], 0

declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x, i64 %n) {
entry:
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi double [ 0.000000e+00, %entry ], [ %acc.next, %loop ]
  %sq = fmul double %x, %x
  %acc.next = fadd double %acc, %sq
  %i.next = add i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop

exit:
  ret double %acc.next
}

define double @caller(double %x, i64 %n) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x, i64 %n)
  ret double %dx
}
