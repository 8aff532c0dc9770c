; Rule: Original: y = (narrow) a / Adjoint: da += (wide) dy
; Rule: Original: y = (wide) a / Adjoint: da += (narrow) dy
; Form: a float computation behind a double interface,
;   y = (double)((float)x * (float)x), so dy/dx = 2 * (float)x.
; The double adjoint is narrowed on the way into the float code (fpext's
; rule), the float product rule runs in float, and the float adjoint is
; widened back for the double argument (fptrunc's rule).
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(double %result.adjoint, ptr %tape)
; CHECK: [[T:%t[0-9]*]] = load float, ptr
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[NARROW:%.*]] = fptrunc double [[DY]] to float
; CHECK: [[DS:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[NARROW]]{{$}}
; CHECK: [[P1:%.*]] = fmul float [[DS]], [[T]]{{$}}
; CHECK: [[DT1:%.*]] = fadd {{(nsz )?}}float {{.*}}, [[P1]]{{$}}
; CHECK: [[P2:%.*]] = fmul float [[DS]], [[T]]{{$}}
; CHECK: [[DT:%.*]] = fadd {{(nsz )?}}float [[DT1]], [[P2]]{{$}}
; CHECK: [[WIDE:%.*]] = fpext float [[DT]] to double
; CHECK: [[DX:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[WIDE]]{{$}}
; CHECK: insertvalue { double } poison, double [[DX]], 0

declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) {
  %t = fptrunc double %x to float
  %s = fmul float %t, %t
  %y = fpext float %s to double
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}
