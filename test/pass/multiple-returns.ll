; A function with two returns: the canonical form merges them into one
; returning block, the forward sweep records which predecessor reached it,
; and the pullback switches on that index to run the reverse of the branch
; that was taken. The C library calls are not speculatable, so the branches
; stay branches.
;   f(x) = x > 0 ? sin(x) : exp(x)
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; The forward sweep pushes the index of the branch that reached the merged
; return block.
; CHECK-LABEL: define internal double @adjoint.augmented.f.A_r(
; CHECK: [[IDX:%.*]] = phi i64 [ {{[01]}}, %{{.*}} ], [ {{[01]}}, %{{.*}} ]
; CHECK: store i64 [[IDX]], ptr
; CHECK-DAG: %y.sin = call double @sin(double %x)
; CHECK-DAG: %y.exp = call double @exp(double %x)

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; Both branches' adjoints of x meet where the branches split.
; CHECK: {{^}}reverse.entry:
; CHECK-NEXT: [[DX:%.*]] = phi double [ {{%.*}}, %reverse.{{pos|neg}} ], [ {{%.*}}, %reverse.{{pos|neg}} ]
; The merged return block pops the function record (x, needed by one
; branch, is recorded once for the whole pullback), then switches on the
; popped index; each edge hands dy to the reverse of its branch.
; CHECK: [[X:%x[0-9]*]] = load double, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK-NEXT: switch i64 {{%.*}}, label %[[TO_NEG:[^ ]+]] [
; CHECK-NEXT: i64 1, label %[[TO_POS:[^ ]+]]
; CHECK-NEXT: ]
; CHECK: {{^}}[[TO_POS]]:
; CHECK-NEXT: [[DPOS:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[DY]]{{$}}
; CHECK-NEXT: br label %reverse.pos
; Branch x > 0: dx += dy * cos(x).
; CHECK: {{^}}reverse.pos:
; CHECK: [[COS:%.*]] = call double @llvm.cos.f64(double [[X]])
; CHECK: fmul double [[DPOS]], [[COS]]{{$}}
; CHECK: br label %reverse.entry
; CHECK: {{^}}[[TO_NEG]]:
; CHECK-NEXT: [[DNEG:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[DY]]{{$}}
; CHECK-NEXT: br label %reverse.neg
; Branch x <= 0: dx += dy * exp(x), with exp(x) taken from the tape.
; CHECK: {{^}}reverse.neg:
; CHECK: [[E:%y.exp[0-9]*]] = load double, ptr
; CHECK: fmul double [[DNEG]], [[E]]{{$}}
; CHECK: br label %reverse.entry
; CHECK: {{^}}exit:
; CHECK-NEXT: insertvalue { double } poison, double [[DX]], 0

declare double @sin(double)
declare double @exp(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
entry:
  %c = fcmp ogt double %x, 0.000000e+00
  br i1 %c, label %pos, label %neg

pos:
  %y.sin = call double @sin(double %x)
  ret double %y.sin

neg:
  %y.exp = call double @exp(double %x)
  ret double %y.exp
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
