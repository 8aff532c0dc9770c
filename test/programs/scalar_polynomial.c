/* Checks the gradient of one active double through +, -, * and constants:
 * f(x) = 3x^3 - 2x + 1, against the analytic f'(x) = 9x^2 - 2 at several
 * points (negative, zero, fractional, larger than one). */
#include "gradcheck.h"

double __enzyme_autodiff(void *, ...);

double poly(double x) { return 3.0 * x * x * x - 2.0 * x + 1.0; }

static double dpoly(double x) { return 9.0 * x * x - 2.0; }

int main(void) {
  static const double points[] = {-2.0, -0.75, 0.0, 0.5, 1.0, 1.75, 3.25};
  for (unsigned i = 0; i < sizeof points / sizeof points[0]; ++i) {
    double x = points[i];
    double g = __enzyme_autodiff((void *)poly, x);
    /* The generated adjoint and 9x^2 - 2 evaluate the same products in a
     * different order, so they may differ by a few ulps; no point is near a
     * root of 9x^2 - 2, so 1e-13 relative leaves a wide margin. */
    EXPECT_NEAR(g, dpoly(x), 1e-13);
  }
  printf("scalar_polynomial: ok\n");
  return 0;
}
