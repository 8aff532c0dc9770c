; A vector of pointers into memory with a shadow (what gathers and scatters
; load through) is an error, not a derivative silently lost.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: adjoint: cannot differentiate: a vector of pointers into memory with a shadow (a gather or scatter) is not supported yet
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'
; CHECK-NEXT: fix: compile this function with -fno-vectorize, or for a target without gather instructions

@enzyme_dup = global i32 0
declare double @__enzyme_autodiff(...)
declare <2 x double> @llvm.masked.gather.v2f64.v2p0(<2 x ptr>, i32, <2 x i1>, <2 x double>)

define double @f(ptr %x, <2 x i64> %idx) {
  %ps = getelementptr double, ptr %x, <2 x i64> %idx
  %v = call <2 x double> @llvm.masked.gather.v2f64.v2p0(<2 x ptr> %ps, i32 8, <2 x i1> <i1 true, i1 true>, <2 x double> zeroinitializer)
  %e = extractelement <2 x double> %v, i64 0
  ret double %e
}

define double @caller(ptr %x, ptr %dx, <2 x i64> %idx) {
  %d = load i32, ptr @enzyme_dup
  %r = call double (...) @__enzyme_autodiff(ptr @f, i32 %d, ptr %x, ptr %dx, <2 x i64> %idx)
  ret double %r
}
