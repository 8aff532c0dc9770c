/* Primal and hand-written gradient of F(in) = sum_i w_i out_i for the normalization. */
#include "kernel.h"

void normalize_primal(double *restrict out, const double *restrict in, long n) {
  normalize(out, in, n);
}

/* With m = |x| and s = w.x: dF/dx_i = w_i / m - x_i s / m^3. */
void normalize_hand(const double *x, const double *w, double *g, long n) {
  double ss = 0, s = 0;
  for (long i = 0; i < n; i++) {
    ss += x[i] * x[i];
    s += w[i] * x[i];
  }
  double m = sqrt(ss), c = s / (m * m * m);
  for (long i = 0; i < n; i++)
    g[i] = w[i] / m - x[i] * c;
}
