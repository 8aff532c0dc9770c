/* Checks the custom-rule macros of runtime/adjoint.h: ADJOINT_GRADIENT on a
 * scalar function and on a pointer function, ADJOINT_INACTIVE and
 * ADJOINT_LIKE. This is the example of docs/custom-rules.md. Analytic
 * derivatives; the series-based log1p is accurate to about 1e-12 at 0.25. */
#include "adjoint.h"
#include "gradcheck.h"

#include <math.h>

/* A scalar kernel the compiler cannot see into (as if written in assembly). */
__attribute__((noinline)) double cube(double x) ADJOINT_GRADIENT(cube_aug,
                                                                  cube_rev);
double cube(double x) {
  double y = x;
  __asm__("" : "+x"(y)); /* opaque to the differentiator */
  return y * y * y;
}
/* Augmented forward: the primal parameters; returns the primal result. */
ADJOINT_RULE_FUNCTION static double cube_aug(double x) { return cube(x); }
/* Reverse: the primal parameters, then the result's adjoint; returns dx. */
ADJOINT_RULE_FUNCTION static double cube_rev(double x, double d_result) {
  return 3.0 * x * x * d_result;
}

/* A pointer kernel: out[0] = in[0] * in[1]. */
__attribute__((noinline)) void product(const double *in, double *out)
    ADJOINT_GRADIENT(product_aug, product_rev);
void product(const double *in, double *out) {
  double a = in[0], b = in[1];
  __asm__("" : "+x"(a));
  out[0] = a * b;
}
/* Each pointer is followed by its shadow; returns the tape (here the
 * product's inputs, which the reverse needs). */
ADJOINT_RULE_FUNCTION static void *product_aug(const double *in,
                                               double *d_in, double *out,
                                               double *d_out) {
  product(in, out);
  double *saved = malloc(2 * sizeof(double));
  saved[0] = in[0];
  saved[1] = in[1];
  return saved;
}
/* The same parameters, then the tape. The output's adjoint is read from its
 * shadow and consumed (reset to zero). */
ADJOINT_RULE_FUNCTION static void product_rev(const double *in, double *d_in,
                                              double *out, double *d_out,
                                              void *tape) {
  double *saved = tape;
  d_in[0] += saved[1] * d_out[0];
  d_in[1] += saved[0] * d_out[0];
  d_out[0] = 0.0;
  free(saved);
}

static int logged;
__attribute__((noinline)) void log_value(double v) ADJOINT_INACTIVE;
void log_value(double v) { logged += v > 0.0; }

__attribute__((noinline)) double series_log1p(double x) ADJOINT_LIKE("log1p");
double series_log1p(double x) {
  double sum = 0.0, term = x;
  for (int k = 1; k <= 60; ++k) {
    sum += (k % 2 ? term : -term) / k;
    term *= x;
  }
  return sum;
}

static double model(double x) {
  double c = cube(x);
  log_value(c);
  return c + x * series_log1p(x);
}

static double energy(const double *p) {
  double q[2] = {p[0] + 1.0, p[1] * 2.0}, r;
  product(q, &r);
  return r * r;
}

int main(void) {
  double x = 0.25;
  double d = __enzyme_autodiff_double((void *)model, x);
  EXPECT_NEAR(d, 3.0 * x * x + log1p(x) + x / (1.0 + x), 1e-10);
  EXPECT_NEAR(logged, 1.0, 0.0);

  double p[2] = {0.5, -1.5}, dp[2] = {0.0, 0.0};
  __enzyme_autodiff_void((void *)energy, enzyme_dup, p, dp);
  double a = p[0] + 1.0, b = p[1] * 2.0, r = a * b;
  EXPECT_NEAR(dp[0], 2.0 * r * b, 1e-14);
  EXPECT_NEAR(dp[1], 2.0 * r * a * 2.0, 1e-14);
  return 0;
}
