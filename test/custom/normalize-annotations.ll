; The ADJOINT_GRADIENT, ADJOINT_INACTIVE and ADJOINT_LIKE macros of
; runtime/adjoint.h (clang's annotate attribute, emitted for declarations
; too) become the same function attributes as Enzyme's globals.
; RUN: %opt -passes=adjoint-normalize-rules -S %s | FileCheck %s

; CHECK: declare double @ext_kernel(double) [[KERNEL:#[0-9]+]]
; CHECK: declare void @log_value(double) [[LOG:#[0-9]+]]
; CHECK: declare double @my_log1p(double) [[LIKE:#[0-9]+]]
; CHECK-DAG: attributes [[KERNEL]] = { noinline "enzyme_augment"="kernel_aug" "enzyme_gradient"="kernel_rev" }
; CHECK-DAG: attributes [[LOG]] = { noinline "enzyme_inactive" }
; CHECK-DAG: attributes [[LIKE]] = { noinline "enzyme_math"="log1p" }

declare double @ext_kernel(double)
declare void @log_value(double)
declare double @my_log1p(double)

@.g = private constant [39 x i8] c"adjoint.gradient=kernel_aug,kernel_rev\00"
@.i = private constant [17 x i8] c"adjoint.inactive\00"
@.l = private constant [19 x i8] c"adjoint.like=log1p\00"
@.file = private constant [7 x i8] c"prog.c\00"
@llvm.global.annotations = appending global [3 x { ptr, ptr, ptr, i32, ptr }] [
  { ptr, ptr, ptr, i32, ptr } { ptr @ext_kernel, ptr @.g, ptr @.file, i32 1, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @log_value, ptr @.i, ptr @.file, i32 2, ptr null },
  { ptr, ptr, ptr, i32, ptr } { ptr @my_log1p, ptr @.l, ptr @.file, i32 3, ptr null }], section "llvm.metadata"
