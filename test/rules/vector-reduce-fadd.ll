; Rule: Original: y = s + sum_k v[k] / Adjoint: ds += dy; dv[k] += dy
; Form: the llvm.vector.reduce.fadd.v2f64 intrinsic with start value s = p[2]
; and vector v = p[0..1]; the result is stored to out.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal void @adjoint.pullback.f.DD_n(ptr %tape)
; CHECK: [[PS:%p.shadow[0-9]*]] = load ptr, ptr
; CHECK: [[QS:%q.shadow[0-9]*]] = load ptr, ptr
; CHECK: [[OS:%out.shadow[0-9]*]] = load ptr, ptr
; CHECK: [[DOUT:%.*]] = load double, ptr [[OS]]
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[DOUT]]{{$}}
; ds += dy
; CHECK: [[DS:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[DY]]{{$}}
; dv += splat(dy)
; CHECK: [[INS:%.*]] = insertelement <2 x double> poison, double [[DY]], i64 0{{$}}
; CHECK: [[SPLAT:%.*]] = shufflevector <2 x double> [[INS]], <2 x double> poison, <2 x i32> zeroinitializer{{$}}
; CHECK: [[DV:%.*]] = fadd {{(nsz )?}}<2 x double> {{.*}}, [[SPLAT]]{{$}}
; CHECK: [[OLDQ:%.*]] = load double, ptr [[QS]]
; CHECK: [[NEWQ:%.*]] = fadd {{(nsz )?}}double [[OLDQ]], [[DS]]{{$}}
; CHECK: store double [[NEWQ]], ptr [[QS]]
; CHECK: [[OLDP:%.*]] = load <2 x double>, ptr [[PS]]
; CHECK: [[NEWP:%.*]] = fadd {{(nsz )?}}<2 x double> [[OLDP]], [[DV]]{{$}}
; CHECK: store <2 x double> [[NEWP]], ptr [[PS]]

@enzyme_dup = external global i32

declare double @llvm.vector.reduce.fadd.v2f64(double, <2 x double>)
declare void @__enzyme_autodiff(ptr, ...)

define void @f(ptr %p, ptr %out) {
  %v = load <2 x double>, ptr %p, align 16
  %q = getelementptr inbounds double, ptr %p, i64 2
  %s = load double, ptr %q, align 8
  %y = call double @llvm.vector.reduce.fadd.v2f64(double %s, <2 x double> %v)
  store double %y, ptr %out, align 8
  ret void
}

define void @caller(ptr %p, ptr %dp, ptr %out, ptr %dout) {
  %dup = load i32, ptr @enzyme_dup
  call void (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %dup, ptr %p, ptr %dp, i32 %dup, ptr %out, ptr %dout)
  ret void
}
