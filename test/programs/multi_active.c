/* Checks three active doubles whose gradient comes back through a hidden
 * sret pointer ({double a, b, c}): f(x, y, z) = x*y + y*z*z + sqrt(x), with
 * df/dx = y + 1/(2 sqrt(x)), df/dy = x + z^2, df/dz = 2yz, and against
 * central finite differences. */
#include "gradcheck.h"

typedef struct {
  double a, b, c;
} Grad3;

Grad3 __enzyme_autodiff(void *, ...);

double f3(double x, double y, double z) { return x * y + y * z * z + sqrt(x); }

static double f3_array(const double *v, int n) {
  (void)n;
  return f3(v[0], v[1], v[2]);
}

static void check_at(double x, double y, double z) {
  Grad3 g = __enzyme_autodiff((void *)f3, x, y, z);
  /* A few ulps of reassociation at most: 1e-13 relative. */
  EXPECT_NEAR(g.a, y + 0.5 / sqrt(x), 1e-13);
  EXPECT_NEAR(g.b, x + z * z, 1e-13);
  EXPECT_NEAR(g.c, 2.0 * y * z, 1e-13);
  /* Central differences are good to ~1e-9 relative here (f is a
   * polynomial plus sqrt away from 0); 1e-6 is the usual safe bound. */
  double v[3] = {x, y, z};
  EXPECT_NEAR(g.a, gradcheck_central_diff_n(f3_array, v, 3, 0, gradcheck_step(x)), 1e-6);
  EXPECT_NEAR(g.b, gradcheck_central_diff_n(f3_array, v, 3, 1, gradcheck_step(y)), 1e-6);
  EXPECT_NEAR(g.c, gradcheck_central_diff_n(f3_array, v, 3, 2, gradcheck_step(z)), 1e-6);
}

int main(void) {
  check_at(2.0, 3.0, -1.5);
  check_at(0.25, -1.25, 0.75);
  check_at(9.0, 0.5, 4.0);
  printf("multi_active: ok\n");
  return 0;
}
