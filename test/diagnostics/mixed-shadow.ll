; A pointer that may point to memory with a shadow or to a global table
; (which cannot have one) cannot be differentiated: the reverse sweep would have no shadow to
; accumulate into on one of the paths.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: adjoint: cannot differentiate: a pointer may point either to memory with a shadow or to memory without one ('table')
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'
; CHECK-NEXT: fix: pass the memory without a shadow through an enzyme_dup argument too, or keep the two cases in separate functions

@table = internal global [2 x double] [double 1.0, double 2.0]
@enzyme_dup = global i32 0
declare double @__enzyme_autodiff(...)

define double @f(ptr %x, i1 %c) {
  %p = select i1 %c, ptr %x, ptr @table
  %v = load double, ptr %p
  %y = fmul double %v, %v
  ret double %y
}

define double @caller(ptr %x, ptr %dx, i1 %c) {
  %d = load i32, ptr @enzyme_dup
  %r = call double (...) @__enzyme_autodiff(ptr @f, i32 %d, ptr %x, ptr %dx, i1 %c)
  ret double %r
}
