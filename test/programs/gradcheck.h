/* gradcheck.h: assertions and finite differences shared by test/programs.
 *
 * EXPECT_NEAR(actual, expected, rel_tol)
 *   Passes when |actual - expected| <= max(rel_tol * |expected|, 1e-300),
 *   i.e. a purely relative test (an exact zero must be matched exactly).
 *   NaN or Inf, in either value, never passes. On mismatch it prints
 *   file:line and both values to stderr and exits with status 1.
 *
 * gradcheck_central_diff(f, x, h)
 *   Central difference (f(x + h) - f(x - h)) / (2h) of double f(double).
 *
 * gradcheck_central_diff_n(f, x, n, i, h)
 *   Central difference along x[i] of double f(const double *x, int n);
 *   x is not modified.
 *
 * gradcheck_step(x)
 *   The step used by the tests: 1e-5 * max(1, |x|). For a smooth f the
 *   error is about h^2 |f'''| / 6 + eps |f| / h, around 1e-9 relative for
 *   values of order one, so compare with rel_tol >= 1e-6.
 *
 * Only call these from test drivers, never from code that is differentiated.
 * The finiteness test reads the bits so that it survives -ffast-math.
 */
#ifndef ADJOINT_TEST_GRADCHECK_H
#define ADJOINT_TEST_GRADCHECK_H

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

static inline int gradcheck_is_finite_(double v) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  return ((bits >> 52) & 0x7ff) != 0x7ff;
}

static inline void gradcheck_expect_near_(double actual, double expected,
                                          double rel_tol,
                                          const char *actual_text,
                                          const char *expected_text,
                                          const char *file, int line) {
  double allowed = rel_tol * fabs(expected);
  if (allowed < 1e-300)
    allowed = 1e-300;
  int ok = gradcheck_is_finite_(actual) && gradcheck_is_finite_(expected) &&
           fabs(actual - expected) <= allowed;
  if (actual == expected && gradcheck_is_finite_(actual))
    ok = 1;
  if (!ok) {
    fprintf(stderr,
            "%s:%d: EXPECT_NEAR failed: %s = %.17g, expected %s = %.17g "
            "(rel_tol %g, |diff| %.3g)\n",
            file, line, actual_text, actual, expected_text, expected, rel_tol,
            fabs(actual - expected));
    exit(1);
  }
}

#define EXPECT_NEAR(actual, expected, rel_tol)                                 \
  gradcheck_expect_near_((double)(actual), (double)(expected),                 \
                         (double)(rel_tol), #actual, #expected, __FILE__,      \
                         __LINE__)

static inline double gradcheck_step(double x) {
  return 1e-5 * (fabs(x) > 1.0 ? fabs(x) : 1.0);
}

static inline double gradcheck_central_diff(double (*f)(double), double x,
                                            double h) {
  return (f(x + h) - f(x - h)) / (2.0 * h);
}

static inline double gradcheck_central_diff_n(double (*f)(const double *, int),
                                              const double *x, int n, int i,
                                              double h) {
  double work[16];
  if (n < 1 || n > 16 || i < 0 || i >= n) {
    fprintf(stderr, "gradcheck_central_diff_n: bad n=%d or i=%d\n", n, i);
    exit(1);
  }
  memcpy(work, x, sizeof(double) * (size_t)n);
  work[i] = x[i] + h;
  double up = f(work, n);
  work[i] = x[i] - h;
  double down = f(work, n);
  return (up - down) / (2.0 * h);
}

#ifdef __cplusplus
}
#endif

#endif /* ADJOINT_TEST_GRADCHECK_H */
