; A differentiated callee reached through an invoke (C++ with exceptions):
; the augmented primal invokes the callee's augmented primal and pushes the
; block's record on the normal edge, after the callee's own records; the
; pullback calls the callee's pullback.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal double @adjoint.augmented.f.A_r(double %x, ptr %tape)
; CHECK: %y = invoke double @adjoint.augmented.g.A_r(double %x, ptr %tape)
; CHECK-NEXT: to label %entry.returned unwind label %lpad
; CHECK: {{^}}entry.returned:
; CHECK-NEXT: br label %ok
; CHECK-LABEL: define internal { double } @adjoint.pullback.f.A_r(
; CHECK: call { double } @adjoint.pullback.g.A_r(double {{%.*}}, ptr %tape)

declare i32 @__gxx_personality_v0(...)
declare void @release()
declare double @__enzyme_autodiff(...)

define double @g(double %a) {
  %r = fmul double %a, %a
  ret double %r
}

define double @f(double %x) personality ptr @__gxx_personality_v0 {
entry:
  %y = invoke double @g(double %x) to label %ok unwind label %lpad
ok:
  %z = fmul double %y, 2.0
  ret double %z
lpad:
  %l = landingpad { ptr, i32 } cleanup
  call void @release()
  resume { ptr, i32 } %l
}

define double @caller(double %x) {
  %r = call double (...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %r
}
