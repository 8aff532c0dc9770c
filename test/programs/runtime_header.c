/* Checks the prototypes of runtime/adjoint.h: void, double and two- and
 * three-gradient requests, with enzyme_const and enzyme_dup annotations.
 * Analytic derivatives; tolerances are a few ulps of the values compared. */
#include "adjoint.h"
#include "gradcheck.h"

/* f(a, w, x) = a * sum_i w_i x_i^2 */
static double weighted(double a, const double *w, const double *x, int n) {
  double s = 0.0;
  for (int i = 0; i < n; ++i)
    s += w[i] * x[i] * x[i];
  return a * s;
}

static double product3(double x, double y, double z) { return x * y * z; }
static double product2(double x, double y) { return x * y + y; }

int main(void) {
  double w[3] = {1.0, 2.0, 3.0}, x[3] = {0.5, -1.0, 2.0}, dx[3] = {0, 0, 0};
  double da = __enzyme_autodiff_double((void *)weighted, 2.0, enzyme_const, w,
                                       enzyme_dup, x, dx, 3);
  EXPECT_NEAR(da, 0.25 + 2.0 + 12.0, 1e-15);
  for (int i = 0; i < 3; ++i)
    EXPECT_NEAR(dx[i], 2.0 * 2.0 * w[i] * x[i], 1e-15);

  for (int i = 0; i < 3; ++i)
    dx[i] = 0.0;
  __enzyme_autodiff_void((void *)weighted, enzyme_const, 2.0, enzyme_const, w,
                         enzyme_dup, x, dx, 3);
  for (int i = 0; i < 3; ++i)
    EXPECT_NEAR(dx[i], 2.0 * 2.0 * w[i] * x[i], 1e-15);

  adjoint_gradient3 g3 =
      __enzyme_autodiff_gradient3((void *)product3, 2.0, 3.0, 5.0);
  EXPECT_NEAR(g3.d0, 15.0, 1e-15);
  EXPECT_NEAR(g3.d1, 10.0, 1e-15);
  EXPECT_NEAR(g3.d2, 6.0, 1e-15);
  adjoint_gradient2 g2 = __enzyme_autodiff_gradient2((void *)product2, 2.0, 3.0);
  EXPECT_NEAR(g2.d0, 3.0, 1e-15);
  EXPECT_NEAR(g2.d1, 3.0, 1e-15);
  return 0;
}
