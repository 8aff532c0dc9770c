/* Primal and hand-written gradient of the sin-exp objective. */
#include "kernel.h"

double sinexp_primal(const double *p, long K) { return sinexp_objective(p, K); }

/* df/dp_i = sum_k t cos(t p_i) e_ik, df/dp_{5+i} = -sum_k t sin(t p_i) e_ik, e_ik = exp(-p_{5+i} t). */
void sinexp_hand(const double *p, double *g, long K) {
  for (int i = 0; i < 10; i++)
    g[i] = 0;
  for (long k = 1; k <= K; k++) {
    double t = (double)k;
    for (int i = 0; i < 5; i++) {
      double e = exp(-p[5 + i] * t), a = t * p[i];
      g[i] += t * cos(a) * e;
      g[5 + i] -= t * sin(a) * e;
    }
  }
}
