; A value that depends on the active inputs stored into a global variable
; (which has no shadow) is an error, not a silently lost derivative.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: adjoint: cannot differentiate: a value that depends on the active inputs is stored into the global variable 'cache', which has no shadow, so its derivative would be lost
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'
; CHECK-NEXT: fix: pass the memory through a pointer argument annotated enzyme_dup, or move the store into a function marked inactive

@cache = internal global double 0.0
declare double @__enzyme_autodiff(...)

define double @f(double %x) {
  %sq = fmul double %x, %x
  store double %sq, ptr @cache
  %c = load double, ptr @cache
  %y = fmul double %c, 2.0
  ret double %y
}

define double @caller(double %x) {
  %r = call double (...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %r
}
