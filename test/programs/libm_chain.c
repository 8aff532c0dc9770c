/* Checks the chain rule through libm calls nested in a product:
 * f(x) = sin(exp(x)) * log1p(x*x), against the analytic derivative
 *   f'(x) = cos(exp(x)) exp(x) log1p(x^2) + sin(exp(x)) 2x / (1 + x^2)
 * and against a central finite difference of f itself. */
#include "gradcheck.h"

double __enzyme_autodiff(void *, ...);

double chain(double x) { return sin(exp(x)) * log1p(x * x); }

static double dchain(double x) {
  double e = exp(x);
  return cos(e) * e * log1p(x * x) + sin(e) * 2.0 * x / (1.0 + x * x);
}

int main(void) {
  static const double points[] = {-1.0, -0.3, 0.25, 0.7, 1.1};
  for (unsigned i = 0; i < sizeof points / sizeof points[0]; ++i) {
    double x = points[i];
    double g = __enzyme_autodiff((void *)chain, x);
    /* Against the formula: each libm call is correct to about one ulp and
     * the adjoint combines the same terms in another order; at these points
     * the two terms of f' do not cancel badly (|f'| stays well above the
     * size of either term times 1e-3), so 1e-12 relative is ample while
     * still catching any wrong partial (which is off by O(1)). */
    EXPECT_NEAR(g, dchain(x), 1e-12);
    /* Against finite differences with h = 1e-5 max(1, |x|): truncation
     * error h^2 |f'''| / 6 plus rounding error eps |f| / h, which puts the
     * estimate within 1e-9 relative of the formula at these points; 1e-6
     * leaves three orders of magnitude of margin yet fails on any wrong
     * derivative. */
    double fd = gradcheck_central_diff(chain, x, gradcheck_step(x));
    EXPECT_NEAR(g, fd, 1e-6);
  }
  printf("libm_chain: ok\n");
  return 0;
}
