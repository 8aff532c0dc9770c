; Vectors of floats carry adjoints like scalars.
; RUN: %opt -passes='print<adjoint-activity>' -disable-output %s | FileCheck %s

; CHECK: %p: shadowed
; CHECK-NEXT: %v: active
; CHECK-NEXT: %w: active
; CHECK-NEXT: %e0: active
; CHECK-NEXT: %e1: active
; CHECK-NEXT: %s: active
define double @f(ptr %p) {
  %v = load <2 x double>, ptr %p
  %w = fmul <2 x double> %v, %v
  %e0 = extractelement <2 x double> %w, i64 0
  %e1 = extractelement <2 x double> %w, i64 1
  %s = fadd double %e0, %e1
  ret double %s
}
