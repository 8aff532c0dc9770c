; A loop whose phi accumulates x*x n times (n >= 1), so f(x, n) = n * x^2 and
; df/dx = 2 * n * x. The loop is counted: the forward sweep numbers its
; iterations and records the final number once, where the loop is left,
; together with x (loop-invariant, so recorded once in the function record).
; Nothing is taped per iteration. The reverse loop counts back down to 0,
; handing the phi's adjoint to its incoming value on the back edge.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal double @adjoint.augmented.f.AC_r(double %x, i64 %n, ptr %tape)
; CHECK: {{^}}loop:
; CHECK-NEXT: %iteration = phi i64 [ 0, %entry ], [ %iteration.next, %loop ]
; CHECK-NOT: store
; CHECK: %iteration.next = add nuw i64 %iteration, 1
; CHECK-NEXT: br i1 %done, label %exit, label %loop
; CHECK: {{^}}exit:
; CHECK: store double %x, ptr
; CHECK: store i64 %iteration, ptr
; CHECK-NEXT: ret double %acc.next

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.AC_r(double %result.adjoint, ptr %tape)
; CHECK: {{^}}reverse.loop.to.entry:
; CHECK-NEXT: br label %reverse.entry
; The back edge carries the phi's adjoint to %acc.next and steps back.
; CHECK: {{^}}reverse.loop.to.loop:
; CHECK-NEXT: [[CARRY:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[DACC:%[0-9]+]]{{$}}
; CHECK-NEXT: [[PREV:%.*]] = sub i64 [[K:%.*]], 1
; CHECK-NEXT: br label %reverse.loop
; The reverse loop body reads nothing from the tape.
; CHECK: {{^}}reverse.loop:
; CHECK-DAG: [[K]] = phi i64 [ [[LAST:%[0-9]+]], %reverse.exit ], [ [[PREV]], %reverse.loop.to.loop ]
; CHECK-DAG: [[XADJ:%.*]] = phi double [ 0.000000e+00, %reverse.exit ], [ [[XNEXT:%[^ ,]+]], %reverse.loop.to.loop ]
; CHECK-DAG: [[ACCADJ:%.*]] = phi double [ [[SEED:%[^ ,]+]], %reverse.exit ], [ [[CARRY]], %reverse.loop.to.loop ]
; CHECK-NOT: load
; acc.next = acc + sq: both operands receive d(acc.next).
; CHECK: [[DACC]] = fadd {{(nsz )?}}double {{.*}}, [[ACCADJ]]{{$}}
; CHECK: [[DSQ:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[ACCADJ]]{{$}}
; sq = x * x: x receives dsq * x twice, added to its running adjoint.
; CHECK: [[P1:%.*]] = fmul double [[DSQ]], %x{{$}}
; CHECK: [[X1:%.*]] = fadd {{(nsz )?}}double [[XADJ]], [[P1]]{{$}}
; CHECK: [[P2:%.*]] = fmul double [[DSQ]], %x{{$}}
; CHECK: [[XNEXT]] = fadd {{(nsz )?}}double [[X1]], [[P2]]{{$}}
; CHECK-NOT: load
; CHECK: [[FIRST:%.*]] = icmp eq i64 [[K]], 0
; CHECK-NEXT: br i1 [[FIRST]], label %reverse.loop.to.entry, label %reverse.loop.to.loop
; The return block pops x and the iteration count, and seeds d(acc.next).
; CHECK: {{^}}reverse.exit:
; CHECK: %x = load double, ptr
; CHECK: [[LAST]] = load i64, ptr
; CHECK-NEXT: [[SEED]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
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
