; An active value flowing into a function that is only declared, and has no
; derivative rule, is a compile error naming the callee and the ways to
; provide or waive its derivative.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: prog.c:4:14: in function f {{.*}}adjoint: cannot differentiate: call to 'opaque', which has no visible body and no derivative rule
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'
; CHECK-NEXT: fix: register a gradient with `void *__enzyme_register_gradient_opaque[3] = {(void *)opaque, (void *)augmented_forward, (void *)reverse};`, declare it `ADJOINT_LIKE("<libm name>")` if it computes a math function, or mark it inactive with `void *__enzyme_inactivefn[1] = {(void *)opaque};`

declare double @opaque(double)
declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) !dbg !5 {
  %o = call double @opaque(double %x), !dbg !8
  %y = fmul double %o, %x
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "prog.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 3, type: !6, scopeLine: 3, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 4, column: 14, scope: !5)
