// Differentiating after optimization: for sum += x[i]*x[i] nothing is taped
// per iteration. The loop is counted (its length is recorded once), x[i] is
// read again from x in the reverse sweep (nothing writes x), and the
// addresses of x[i] and dx[i] are recomputed from the iteration number.
// RUN: %clang -O2 -fno-vectorize -fno-unroll-loops -fpass-plugin=%plugin -Rpass=adjoint -S -emit-llvm -o - %s 2>&1 | FileCheck %s

int enzyme_dup;
void __enzyme_autodiff(void *, ...);

double sum_of_squares(const double *x, int n) {
  double s = 0.0;
  for (int i = 0; i < n; ++i)
    s += x[i] * x[i];
  return s;
}

void gradient(const double *x, double *dx, int n) {
  __enzyme_autodiff((void *)sum_of_squares, enzyme_dup, x, dx, n);
}

// CHECK: remark: {{.*}}generated the gradient of 'sum_of_squares' (activity DC_r); estimated tape: {{[0-9]+}} bytes + 0 bytes per loop iteration
// The reverse loop: the iteration number counts down, x[k] is loaded from x
// and its adjoint added to dx[k].
// CHECK-LABEL: define {{.*}}void @gradient(ptr noundef %0, ptr noundef %1, i32 noundef %2)
// CHECK: [[OFFSET:%[0-9]+]] = shl i64 [[K:%[0-9]+]], 3
// CHECK-DAG: [[DXK:%[0-9]+]] = getelementptr i8, ptr %1, i64 [[OFFSET]]
// CHECK-DAG: [[XK:%[0-9]+]] = getelementptr i8, ptr %0, i64 [[OFFSET]]
// CHECK: [[X:%[0-9]+]] = load double, ptr [[XK]]
// CHECK: [[D:%[0-9]+]] = fadd nsz double [[X]], [[X]]
// CHECK: load double, ptr [[DXK]]
// CHECK: store double {{%[0-9]+}}, ptr [[DXK]]
// CHECK: icmp eq i64 [[K]], 0
