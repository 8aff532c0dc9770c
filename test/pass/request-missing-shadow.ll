; enzyme_dup takes the primal pointer and then its shadow; a request that
; stops after the primal is a compile error.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: {{.*}}in function caller {{.*}}adjoint: missing shadow argument for parameter 1 of 'f': enzyme_dup and enzyme_dupnoneed take the primal pointer and then its shadow

@enzyme_dup = external global i32

declare void @__enzyme_autodiff(ptr, ...)

define double @f(ptr %p) {
  %v = load double, ptr %p
  ret double %v
}

define void @caller(ptr %p) {
  %dup = load i32, ptr @enzyme_dup
  call void (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %dup, ptr %p)
  ret void
}
