; Rule: masked loads and stores move adjoints through the shadow on their
; active lanes only.
;   Original: w = masked.load(in, mask, passthru); masked.store(w * w, out, mask)
;   Adjoint:  dw = masked.load(shadow(out), mask, 0); masked.store(0, shadow(out), mask)
;             shadow(in) += dv on the active lanes (masked load + fadd + masked store)
; RUN: %opt -passes=adjoint-no-cleanup -S %s | FileCheck %s

; CHECK-LABEL: define internal void @adjoint.pullback.kernel.DD_n(
; CHECK: [[DOUT:%.*]] = call <4 x double> @llvm.masked.load.v4f64.p0(ptr %out.shadow, i32 8, <4 x i1> <i1 true, i1 true, i1 false, i1 true>, <4 x double> zeroinitializer)
; CHECK-NEXT: call void @llvm.masked.store.v4f64.p0(<4 x double> zeroinitializer, ptr %out.shadow, i32 8, <4 x i1> <i1 true, i1 true, i1 false, i1 true>)
; CHECK: [[OLD:%.*]] = call <4 x double> @llvm.masked.load.v4f64.p0(ptr %in.shadow, i32 8, <4 x i1> <i1 true, i1 true, i1 false, i1 true>, <4 x double> zeroinitializer)
; CHECK-NEXT: [[NEW:%.*]] = fadd <4 x double> [[OLD]], {{%.*}}
; CHECK-NEXT: call void @llvm.masked.store.v4f64.p0(<4 x double> [[NEW]], ptr %in.shadow, i32 8, <4 x i1> <i1 true, i1 true, i1 false, i1 true>)

declare <4 x double> @llvm.masked.load.v4f64.p0(ptr, i32, <4 x i1>, <4 x double>)
declare void @llvm.masked.store.v4f64.p0(<4 x double>, ptr, i32, <4 x i1>)
@enzyme_dup = global i32 0
declare void @__enzyme_autodiff(...)

; out[k] = in[k]^2 on lanes 0, 1, 3; lane 2 keeps 7.0 (pass-through) and is not stored
define void @kernel(ptr %in, ptr %out) {
  %v = call <4 x double> @llvm.masked.load.v4f64.p0(ptr %in, i32 8, <4 x i1> <i1 1, i1 1, i1 0, i1 1>, <4 x double> <double 7.0, double 7.0, double 7.0, double 7.0>)
  %w = fmul <4 x double> %v, %v
  call void @llvm.masked.store.v4f64.p0(<4 x double> %w, ptr %out, i32 8, <4 x i1> <i1 1, i1 1, i1 0, i1 1>)
  ret void
}

define void @gradient(ptr %in, ptr %din, ptr %out, ptr %dout) {
  %d = load i32, ptr @enzyme_dup
  call void (...) @__enzyme_autodiff(ptr @kernel, i32 %d, ptr %in, ptr %din, i32 %d, ptr %out, ptr %dout)
  ret void
}
