; Arguments left over after the target's last parameter are a compile error.
; RUN: not %opt -passes=adjoint -disable-output %s 2>&1 | FileCheck %s

; CHECK: error: prog.c:7:10: in function caller {{.*}}adjoint: too many arguments to __enzyme_autodiff: 'f' takes 2 parameter(s), but 1 argument(s) are left over after the last one

declare { double, double } @__enzyme_autodiff(ptr, ...)

define double @f(double %x, double %y) {
  %m = fmul double %x, %y
  ret double %m
}

define { double, double } @caller(double %x) !dbg !5 {
  %d = call { double, double } (ptr, ...) @__enzyme_autodiff(ptr @f, double %x, double %x, double %x), !dbg !8
  ret { double, double } %d
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "clang", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug)
!1 = !DIFile(filename: "prog.c", directory: "/src")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!3 = !{i32 7, !"Dwarf Version", i32 5}
!5 = distinct !DISubprogram(name: "caller", scope: !1, file: !1, line: 5, type: !6, scopeLine: 5, spFlags: DISPFlagDefinition, unit: !0)
!6 = !DISubroutineType(types: !7)
!7 = !{null}
!8 = !DILocation(line: 7, column: 10, scope: !5)
