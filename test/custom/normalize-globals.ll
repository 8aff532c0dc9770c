; Enzyme's registration globals become function attributes, the registered
; functions become noinline, and the rule functions are kept alive.
; RUN: %opt -passes=adjoint-normalize-rules -S %s | FileCheck %s

; CHECK: @llvm.compiler.used = appending global {{.*}}@kernel_aug{{.*}}@kernel_rev
; CHECK: define double @kernel(double %x) [[KERNEL:#[0-9]+]]
; CHECK: define void @trace(double %v) [[TRACE:#[0-9]+]]
; CHECK: define double @series(double %x) [[SERIES:#[0-9]+]]
; CHECK: define ptr @pool_alloc(i64 %n) [[ALLOC:#[0-9]+]]
; CHECK: define void @pool_free(ptr %p) [[FREE:#[0-9]+]]
; CHECK-DAG: attributes [[KERNEL]] = { noinline "enzyme_augment"="kernel_aug" "enzyme_gradient"="kernel_rev" }
; CHECK-DAG: attributes [[TRACE]] = { noinline "enzyme_inactive" }
; CHECK-DAG: attributes [[SERIES]] = { noinline "enzyme_math"="log1p" }
; CHECK-DAG: attributes [[ALLOC]] = { noinline "enzyme_allocator"="0" }
; CHECK-DAG: attributes [[FREE]] = { noinline "enzyme_deallocator" "enzyme_inactive" }

define double @kernel(double %x) {
  ret double %x
}
define internal double @kernel_aug(double %x) {
  ret double %x
}
define internal double @kernel_rev(double %x, double %d) {
  ret double %d
}
define void @trace(double %v) {
  ret void
}
define double @series(double %x) {
  ret double %x
}
define ptr @pool_alloc(i64 %n) {
  ret ptr null
}
define void @pool_free(ptr %p) {
  ret void
}

@.log1p = private constant [6 x i8] c"log1p\00"
@.one = private constant [2 x i8] c"1\00"
@__enzyme_register_gradient_kernel = global [3 x ptr] [ptr @kernel, ptr @kernel_aug, ptr @kernel_rev]
@__enzyme_inactivefn = global [1 x ptr] [ptr @trace]
@__enzyme_function_like = global [2 x ptr] [ptr @series, ptr @.log1p]
@__enzyme_allocation_like = global [4 x ptr] [ptr @pool_alloc, ptr null, ptr @.one, ptr @pool_free]
