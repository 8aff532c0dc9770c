; Inline assembly that receives active values is an error with a fix-it.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: prog.c:3:7: in function f {{.*}}adjoint: cannot differentiate: inline assembly receives active values
; CHECK-NEXT: while differentiating 'f' for the request in 'caller'
; CHECK-NEXT: fix: give the function that contains it a custom gradient (ADJOINT_GRADIENT or __enzyme_register_gradient_<name>), or mark it inactive

declare double @__enzyme_autodiff(ptr, ...)

define double @f(double %x) !dbg !5 {
  %y = call double asm "mulsd $0, $0", "=x,0"(double %x), !dbg !8
  ret double %y
}

define double @caller(double %x) {
  %dx = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %dx
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!3}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "prog.c", directory: "/src")
!3 = !{i32 2, !"Debug Info Version", i32 3}
!5 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 2, type: !6, unit: !0, spFlags: DISPFlagDefinition)
!6 = !DISubroutineType(types: !7)
!7 = !{}
!8 = !DILocation(line: 3, column: 7, scope: !5)
