/* Vector normalization out[i] = in[i] / mag(in), written as in the Enzyme paper: mag is called inside the loop and only loop-invariant code motion hoists it. */
#ifndef NORMALIZE_KERNEL_H
#define NORMALIZE_KERNEL_H
#include <math.h>

#include "variant.h"

/* noinline keeps mag a read-only call that LICM can hoist (with -fno-math-errno); external
 * linkage (named per build variant) because an internal one gets the fastcc convention,
 * which the plugin's generated calls do not honour. */
__attribute__((noinline)) double VNAME(mag)(const double *restrict x, long n) {
  double s = 0;
  for (long i = 0; i < n; i++)
    s += x[i] * x[i];
  return sqrt(s);
}

static void normalize(double *restrict out, const double *restrict in, long n) {
  for (long i = 0; i < n; i++)
    out[i] = in[i] / VNAME(mag)(in, n);
}
#endif
