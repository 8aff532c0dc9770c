; Rule: Original: y = a * b + c / Adjoint: da += dy * b; db += dy * a; dc += dy
; Form: the llvm.fma.f64 intrinsic, all three operands active. c is not read,
; so only a and b are taken from the tape.
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal { double, double, double } @adjoint.pullback.f.AAA_r(double %result.adjoint, ptr %tape)
; CHECK: [[A:%a[0-9]*]] = load double, ptr
; CHECK: [[B:%b[0-9]*]] = load double, ptr
; CHECK-NOT: load double
; CHECK: [[DY:%.*]] = fadd {{(nsz )?}}double {{.*}}%result.adjoint
; CHECK: [[PA:%.*]] = fmul double [[DY]], [[B]]{{$}}
; CHECK: [[DA:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PA]]{{$}}
; CHECK: [[PB:%.*]] = fmul double [[DY]], [[A]]{{$}}
; CHECK: [[DB:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[PB]]{{$}}
; CHECK: [[DC:%.*]] = fadd {{(nsz )?}}double {{.*}}, [[DY]]{{$}}
; CHECK: [[R0:%.*]] = insertvalue { double, double, double } poison, double [[DA]], 0
; CHECK-NEXT: [[R1:%.*]] = insertvalue { double, double, double } [[R0]], double [[DB]], 1
; CHECK-NEXT: [[R2:%.*]] = insertvalue { double, double, double } [[R1]], double [[DC]], 2

declare double @llvm.fma.f64(double, double, double)
declare { double, double, double } @__enzyme_autodiff(ptr, ...)

define double @f(double %a, double %b, double %c) {
  %y = call double @llvm.fma.f64(double %a, double %b, double %c)
  ret double %y
}

define { double, double, double } @caller(double %a, double %b, double %c) {
  %d = call { double, double, double } (ptr, ...) @__enzyme_autodiff(ptr @f, double %a, double %b, double %c)
  ret { double, double, double } %d
}
