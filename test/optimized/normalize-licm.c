// Differentiating after optimization: LICM hoists mag(in) out of the loop
// (mag is noinline and pure), so the reverse sweep calls the pullback of
// mag exactly once, after the reverse loop, instead of once per iteration.
// RUN: %clang -O2 -fpass-plugin=%plugin -S -emit-llvm -o - %s | FileCheck %s
#include <math.h>

int enzyme_dup;
void __enzyme_autodiff(void *, ...);

__attribute__((noinline, pure)) double mag(const double *restrict x, int n) {
  double s = 0.0;
  for (int i = 0; i < n; ++i)
    s += x[i] * x[i];
  return sqrt(s);
}

void normalize(double *restrict out, const double *restrict in, int n) {
  for (int i = 0; i < n; ++i)
    out[i] = in[i] / mag(in, n);
}

void gradient(double *out, double *d_out, double *in, double *d_in, int n) {
  __enzyme_autodiff((void *)normalize, enzyme_dup, out, d_out, enzyme_dup, in,
                    d_in, n);
}

// The gradient runs mag's augmented primal and its pullback once each:
// CHECK-LABEL: define {{.*}}void @gradient(
// CHECK: call {{.*}}@adjoint.augmented.mag.
// CHECK-NOT: call {{.*}}@adjoint.augmented.mag.
// CHECK: call {{.*}}@adjoint.pullback.mag.
// CHECK-NOT: call {{.*}}@adjoint.pullback.mag.
// CHECK-LABEL: define internal
