; A global named enzyme_* that is not one of the supported annotations is a
; compile error naming it and the supported ones.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: {{.*}}in function caller {{.*}}adjoint: unsupported annotation 'enzyme_duplicated' for parameter 1 of 'f' (supported: enzyme_const, enzyme_dup, enzyme_dupnoneed, enzyme_out)

@enzyme_duplicated = external global i32

declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %m = fmul double %x, %x
  ret double %m
}

define double @caller(double %x) {
  %a = load i32, ptr @enzyme_duplicated
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %a, double %x)
  ret double %dx
}
