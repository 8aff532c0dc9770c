; Rule: Original: y = fmax_k v[k]
;       Adjoint:  dv[k] += v[k] == y ? dy : 0
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal void @adjoint.pullback.f.D_n(
; CHECK: [[V:%v[0-9]*]] = load <2 x double>
; CHECK: [[Y:%y[0-9]*]] = load double
; CHECK: [[YS:%.*]] = insertelement <2 x double> poison, double [[Y]], i64 0
; CHECK: [[YSPLAT:%.*]] = shufflevector <2 x double> [[YS]], <2 x double> poison, <2 x i32> zeroinitializer
; CHECK: [[EQ:%.*]] = fcmp oeq <2 x double> [[V]], [[YSPLAT]]
; CHECK: select <2 x i1> [[EQ]], <2 x double> {{%.*}}, <2 x double> zeroinitializer

declare double @llvm.vector.reduce.fmax.v2f64(<2 x double>)
@enzyme_dup = global i32 0
declare void @__enzyme_autodiff(...)

define void @f(ptr %p) {
  %v = load <2 x double>, ptr %p
  %y = call double @llvm.vector.reduce.fmax.v2f64(<2 x double> %v)
  store double %y, ptr %p
  ret void
}

define void @caller(ptr %p, ptr %dp) {
  %d = load i32, ptr @enzyme_dup
  call void (...) @__enzyme_autodiff(ptr @f, i32 %d, ptr %p, ptr %dp)
  ret void
}
