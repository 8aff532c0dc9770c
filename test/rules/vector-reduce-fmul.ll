; Rule: Original: y = s * prod_k v[k]
;       Adjoint:  ds += dy * y / s; dv[k] += dy * y / v[k]
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.AD_r(
; CHECK: [[DYY:%.*]] = fmul double [[DY:%.*]], [[Y:%y[0-9]*]]
; CHECK: [[DS:%.*]] = fdiv double [[DYY]], %s
; CHECK: [[DYY2:%.*]] = fmul double [[DY]], [[Y]]
; CHECK: [[SPLAT:%.*]] = shufflevector <2 x double>
; CHECK: fdiv <2 x double> [[SPLAT]], [[V:%v[0-9]*]]

declare double @llvm.vector.reduce.fmul.v2f64(double, <2 x double>)
@enzyme_dup = global i32 0
declare double @__enzyme_autodiff(...)

define double @f(double %s, ptr %p) {
  %v = load <2 x double>, ptr %p
  %y = call double @llvm.vector.reduce.fmul.v2f64(double %s, <2 x double> %v)
  ret double %y
}

define double @caller(double %s, ptr %p, ptr %dp) {
  %d = load i32, ptr @enzyme_dup
  %r = call double (...) @__enzyme_autodiff(ptr @f, double %s, i32 %d, ptr %p, ptr %dp)
  ret double %r
}
