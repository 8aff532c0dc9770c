; Rule: Original: y = v with y[i] = s / Adjoint: dv += dy with [i] = 0; ds += dy[i]
; Form: insertelement of a scalar p[2] into lane 0 of the vector p[0..1]; the
; result is stored to out. Both pointers are enzyme_dup.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal void @adjoint.pullback.f.DD_n(ptr %tape)
; CHECK: [[PS:%p.shadow[0-9]*]] = load ptr, ptr
; CHECK: [[QS:%q.shadow[0-9]*]] = load ptr, ptr
; CHECK: [[OS:%out.shadow[0-9]*]] = load ptr, ptr
; The stored vector's adjoint is read from the shadow of out, which is reset.
; CHECK: [[DOUT:%.*]] = load <2 x double>, ptr [[OS]]
; CHECK: store <2 x double> zeroinitializer, ptr [[OS]]
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}<2 x double> {{.*}}, [[DOUT]]{{$}}
; dv: dy with lane 0 cleared.
; CHECK: [[PV:%.*]] = insertelement <2 x double> [[DY]], double 0.000000e+00, i32 0{{$}}
; CHECK: [[DV:%.*]] = fadd {{(nsz )?}}<2 x double> {{.*}}, [[PV]]{{$}}
; ds: lane 0 of dy.
; CHECK: [[PE:%.*]] = extractelement <2 x double> [[DY]], i32 0{{$}}
; CHECK: [[DE:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PE]]{{$}}
; CHECK: [[OLDQ:%.*]] = load double, ptr [[QS]]
; CHECK: [[NEWQ:%.*]] = fadd {{(nsz )?}}double [[OLDQ]], [[DE]]{{$}}
; CHECK: store double [[NEWQ]], ptr [[QS]]
; CHECK: [[OLDP:%.*]] = load <2 x double>, ptr [[PS]]
; CHECK: [[NEWP:%.*]] = fadd {{(nsz )?}}<2 x double> [[OLDP]], [[DV]]{{$}}
; CHECK: store <2 x double> [[NEWP]], ptr [[PS]]

@enzyme_dup = external global i32

declare void @__enzyme_autodiff(ptr, ...)

define void @f(ptr %p, ptr %out) {
  %v = load <2 x double>, ptr %p, align 16
  %q = getelementptr inbounds double, ptr %p, i64 2
  %e = load double, ptr %q, align 8
  %y = insertelement <2 x double> %v, double %e, i32 0
  store <2 x double> %y, ptr %out, align 16
  ret void
}

define void @caller(ptr %p, ptr %dp, ptr %out, ptr %dout) {
  %dup = load i32, ptr @enzyme_dup
  call void (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %dup, ptr %p, ptr %dp, i32 %dup, ptr %out, ptr %dout)
  ret void
}
