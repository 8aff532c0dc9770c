; Rule: Original: y = v[i] / Adjoint: dv[i] += dy
; Form: extractelement of lane 1 from a <2 x double> loaded through an
; enzyme_dup pointer; the adjoint vector (zero except lane 1) is added to the
; shadow memory.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal void @adjoint.pullback.f.D_r(double %result.adjoint, ptr %tape)
; CHECK: [[PS:%p.shadow[0-9]*]] = load ptr, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[PV:%.*]] = insertelement <2 x double> zeroinitializer, double [[DY]], i32 1{{$}}
; CHECK: [[DV:%.*]] = fadd {{(nsz )?}}<2 x double> {{.*}}, [[PV]]{{$}}
; CHECK: [[OLD:%.*]] = load <2 x double>, ptr [[PS]]
; CHECK: [[NEW:%.*]] = fadd {{(nsz )?}}<2 x double> [[OLD]], [[DV]]{{$}}
; CHECK: store <2 x double> [[NEW]], ptr [[PS]]

@enzyme_dup = external global i32

declare void @__enzyme_autodiff(ptr, ...)

define double @f(ptr %p) {
  %v = load <2 x double>, ptr %p, align 16
  %y = extractelement <2 x double> %v, i32 1
  ret double %y
}

define void @caller(ptr %p, ptr %dp) {
  %dup = load i32, ptr @enzyme_dup
  call void (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %dup, ptr %p, ptr %dp)
  ret void
}
