; adjoint-pin rewrites each __enzyme_autodiff call into a call to its own
; declaration @__adjoint_request.N whose "adjoint-activity" attribute spells
; one letter per parameter: A (enzyme_out), C (enzyme_const), D (enzyme_dup),
; N (enzyme_dupnoneed). Annotation arguments are dropped; unannotated
; arguments take the default (floating point: A, pointer: D). Requests that
; differ only in an annotation stay distinct, and are differentiated
; separately afterwards.
; RUN: %opt -passes=adjoint-pin -S %s | FileCheck %s
; RUN: %opt -passes=adjoint-pin,adjoint-no-cleanup -S %s | FileCheck %s --check-prefix=LOWER

; CHECK-LABEL: define double @caller(
; CHECK-NOT: @__enzyme_autodiff
; CHECK: %out.request = call double @__adjoint_request.0(ptr @f, double %x, ptr %p, ptr %dp)
; CHECK-NEXT: %const.request = call double @__adjoint_request.1(ptr @f, double %x, ptr %p, ptr %dp)
; CHECK-NEXT: %default.request = call double @__adjoint_request.2(ptr @f, double %x, ptr %p, ptr %dp)
; CHECK-NEXT: %noneed.request = call double @__adjoint_request.3(ptr @f, double %x, ptr %p, ptr %dp)
; CHECK-NOT: @__enzyme_autodiff
; CHECK: declare double @__adjoint_request.0(ptr, double, ptr, ptr) #[[AD:[0-9]+]]
; CHECK: declare double @__adjoint_request.1(ptr, double, ptr, ptr) #[[CD:[0-9]+]]
; CHECK: declare double @__adjoint_request.2(ptr, double, ptr, ptr) #[[AD]]
; CHECK: declare double @__adjoint_request.3(ptr, double, ptr, ptr) #[[AN:[0-9]+]]
; CHECK-DAG: attributes #[[AD]] = { "adjoint-activity"="AD" }
; CHECK-DAG: attributes #[[CD]] = { "adjoint-activity"="CD" }
; CHECK-DAG: attributes #[[AN]] = { "adjoint-activity"="AN" }

; LOWER-LABEL: define double @caller(
; LOWER: call double @adjoint.augmented.f.AD_r(
; LOWER: call { double } @adjoint.pullback.f.AD_r(
; LOWER: call double @adjoint.augmented.f.CD_r(
; LOWER: call void @adjoint.pullback.f.CD_r(
; LOWER: call double @adjoint.augmented.f.AD_r(
; LOWER: call { double } @adjoint.pullback.f.AD_r(
; LOWER: call double @adjoint.augmented.f.AN_r(
; LOWER: call { double } @adjoint.pullback.f.AN_r(
; LOWER-NOT: @__adjoint_request
; LOWER-NOT: @__enzyme_autodiff
; The two AD requests share one pair of derivative functions.
; LOWER: define internal { double } @adjoint.pullback.f.AD_r(
; LOWER-NOT: @adjoint.pullback.f.AD_r(
; LOWER: define internal void @adjoint.pullback.f.CD_r(
; LOWER-NOT: @adjoint.pullback.f.AD_r(
; LOWER: define internal { double } @adjoint.pullback.f.AN_r(
; LOWER-NOT: @adjoint.pullback.f.AD_r(
; LOWER-NOT: @__adjoint_request

@enzyme_out = external global i32
@enzyme_const = external global i32
@enzyme_dup = external global i32
@enzyme_dupnoneed = external global i32

declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %a, ptr %p) {
  %v = load double, ptr %p
  %m = fmul double %a, %v
  ret double %m
}

define double @caller(double %x, ptr %p, ptr %dp) {
  %out = load i32, ptr @enzyme_out
  %const = load i32, ptr @enzyme_const
  %dup = load i32, ptr @enzyme_dup
  %noneed = load i32, ptr @enzyme_dupnoneed
  %out.request = call double (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %out, double %x, i32 %dup, ptr %p, ptr %dp)
  %const.request = call double (ptr, ...) @__enzyme_autodiff(ptr @f, i32 %const, double %x, i32 %dup, ptr %p, ptr %dp)
  %default.request = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x, ptr %p, ptr %dp)
  %noneed.request = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x, i32 %noneed, ptr %p, ptr %dp)
  %s1 = fadd double %out.request, %const.request
  %s2 = fadd double %s1, %default.request
  %s3 = fadd double %s2, %noneed.request
  ret double %s3
}
