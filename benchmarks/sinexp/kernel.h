/* The objective f(p) = sum_{k=1..K} sum_{i=0..4} sin(t_k p_i) exp(-p_{5+i} t_k) with t_k = k, p in R^10. */
#ifndef SINEXP_KERNEL_H
#define SINEXP_KERNEL_H
#include <math.h>

static double sinexp_objective(const double *p, long K) {
  double s = 0;
  for (long k = 1; k <= K; k++) {
    double t = (double)k;
    for (int i = 0; i < 5; i++)
      s += sin(t * p[i]) * exp(-p[5 + i] * t);
  }
  return s;
}
#endif
