/* Checks a pointer that selects between a duplicated argument and a local
 * array: the local array gets a shadow too, and the gradient flows only on
 * the path that used the argument. Exact arithmetic (products of the
 * inputs), so the tolerance is a few ulps. */
#include "gradcheck.h"

int enzyme_dup, enzyme_const;
void __enzyme_autodiff(void *, ...);

__attribute__((noinline)) double pick_product(double *x, int use_x) {
  double local[2] = {3.0, 4.0};
  double *p = use_x ? x : local;
  local[0] = x[0] * 2.0; /* active data in the local array too */
  return p[0] * p[1] + local[0];
}

int main(void) {
  for (int use_x = 0; use_x <= 1; ++use_x) {
    double x[2] = {1.5, -2.0}, dx[2] = {0.0, 0.0};
    __enzyme_autodiff((void *)pick_product, enzyme_dup, x, dx, enzyme_const,
                      use_x);
    /* use_x: p = x, f = x0 x1 + 2 x0; else p = local = {2 x0, 4},
     * f = 2 x0 * 4 + 2 x0 = 10 x0. */
    double expect0 = use_x ? x[1] + 2.0 : 10.0;
    double expect1 = use_x ? x[0] : 0.0;
    EXPECT_NEAR(dx[0], expect0, 1e-15);
    EXPECT_NEAR(dx[1], expect1, 1e-15);
  }
  return 0;
}
