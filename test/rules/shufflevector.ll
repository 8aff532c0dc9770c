; Rule: Original: y[k] = concat(a, b)[mask[k]] / Adjoint: da[mask[k]] += dy[k]; db[mask[k] - n] += dy[k]
; Form: shufflevector of a = p[0..1] and b = p[2..3] with mask <3, 0>, so
; y[0] = b[1] and y[1] = a[0]: a[0] receives dy[1] and b[1] receives dy[0].
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal void @adjoint.pullback.f.DD_n(ptr %tape)
; CHECK: [[PS:%p.shadow[0-9]*]] = load ptr, ptr
; CHECK: [[QS:%q.shadow[0-9]*]] = load ptr, ptr
; CHECK: [[OS:%out.shadow[0-9]*]] = load ptr, ptr
; CHECK: [[DOUT:%.*]] = load <2 x double>, ptr [[OS]]
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}<2 x double> {{.*}}, [[DOUT]]{{$}}
; da: lane 1 of dy goes to lane 0 of a.
; CHECK: [[E1:%.*]] = extractelement <2 x double> [[DY]], i64 1{{$}}
; CHECK: [[S1:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[E1]]{{$}}
; CHECK: [[PA:%.*]] = insertelement <2 x double> zeroinitializer, double [[S1]], i64 0{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}<2 x double> {{.*}}, [[PA]]{{$}}
; db: lane 0 of dy goes to lane 1 of b.
; CHECK: [[E0:%.*]] = extractelement <2 x double> [[DY]], i64 0{{$}}
; CHECK: [[S0:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[E0]]{{$}}
; CHECK: [[PB:%.*]] = insertelement <2 x double> zeroinitializer, double [[S0]], i64 1{{$}}
; CHECK: [[DB:%.*]] = fadd {{(nsz )?}}<2 x double> {{.*}}, [[PB]]{{$}}
; CHECK: [[OLDQ:%.*]] = load <2 x double>, ptr [[QS]]
; CHECK: [[NEWQ:%.*]] = fadd {{(nsz )?}}<2 x double> [[OLDQ]], [[DB]]{{$}}
; CHECK: store <2 x double> [[NEWQ]], ptr [[QS]]
; CHECK: [[OLDP:%.*]] = load <2 x double>, ptr [[PS]]
; CHECK: [[NEWP:%.*]] = fadd {{(nsz )?}}<2 x double> [[OLDP]], [[DA]]{{$}}
; CHECK: store <2 x double> [[NEWP]], ptr [[PS]]

@enzyme_dup = external global i32

declare void @__enzyme_autodiff(ptr, ...)

define void @f(ptr %p, ptr %out) {
  %a = load <2 x double>, ptr %p, align 16
  %q = getelementptr inbounds double, ptr %p, i64 2
  %b = load <2 x double>, ptr %q, align 16
  %y = shufflevector <2 x double> %a, <2 x double> %b, <2 x i32> <i32 3, i32 0>
  store <2 x double> %y, ptr %out, align 16
  ret void
}

define void @caller(ptr %p, ptr %dp, ptr %out, ptr %dout) {
  %dup = load i32, ptr @enzyme_dup
  call void (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %dup, ptr %p, ptr %dp, i32 %dup, ptr %out, ptr %dout)
  ret void
}
