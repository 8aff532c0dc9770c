/* Primal and hand-written gradient of the tanh objective. */
#include "kernel.h"

double tanh_primal(const double *x, long n) { return tanh_objective(x, n); }

/* d/dx_i = 3 tanh(x_i)^2 (1 - tanh(x_i)^2) + 2 x_i. */
void tanh_hand(const double *x, double *g, long n) {
  for (long i = 0; i < n; i++) {
    double t = tanh(x[i]), t2 = t * t;
    g[i] = 3 * t2 * (1 - t2) + 2 * x[i];
  }
}
