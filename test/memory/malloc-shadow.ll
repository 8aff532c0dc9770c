; Original: t = malloc(n); t[0] = x * x; y = t[0] * 3; free(t)
; The heap buffer gets a calloc'd shadow in the augmented primal; the primal
; free stays in the forward sweep, and the shadow is freed by the reverse of
; the allocation, after its adjoints were used.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal double @adjoint.augmented.f.A_r(double %x, ptr %tape)
; CHECK: %t = call ptr @malloc(i64 16)
; CHECK-NEXT: %t.shadow = call ptr @calloc(i64 1, i64 16)
; CHECK: call void @free(ptr %t)
; CHECK-NOT: call void @free(ptr %t.shadow)
; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(
; CHECK: load double, ptr %t.shadow
; CHECK: call void @free(ptr %t.shadow{{[0-9]*}})
; CHECK-NEXT: br label %exit

declare ptr @malloc(i64)
declare void @free(ptr)
declare double @__enzyme_autodiff(...)

define double @f(double %x) {
  %t = call ptr @malloc(i64 16)
  %sq = fmul double %x, %x
  store double %sq, ptr %t
  %v = load double, ptr %t
  call void @free(ptr %t)
  %y = fmul double %v, 3.0
  ret double %y
}

define double @caller(double %x) {
  %r = call double (...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %r
}
