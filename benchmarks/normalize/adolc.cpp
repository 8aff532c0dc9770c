// ADOL-C contender for the normalization: records the same loop (mag re-evaluated per element), then fos_reverse with weights w.
#include "adolc_util.h"

static adouble amag(const adouble *x, long n) {
  adouble s = 0;
  for (long i = 0; i < n; i++)
    s += x[i] * x[i];
  return sqrt(s);
}

extern "C" void normalize_adolc_record(short tag, const double *x, long n) {
  adolc_record(tag, [&] {
    adouble *ax = new adouble[n];
    for (long i = 0; i < n; i++)
      ax[i] <<= x[i];
    for (long i = 0; i < n; i++) {
      adouble o = ax[i] / amag(ax, n);
      double y;
      o >>= y;
    }
    delete[] ax;
  });
}

/* One forward sweep keeping the values, then one reverse sweep with weights w. */
extern "C" void normalize_adolc_grad(short tag, const double *x, const double *w, double *out,
                                     double *g, long n) {
  zos_forward(tag, (int)n, (int)n, 1, x, out);
  fos_reverse(tag, (int)n, (int)n, (double *)w, g);
}

extern "C" long long normalize_adolc_bytes(short tag) { return adolc_tape_bytes(tag); }
