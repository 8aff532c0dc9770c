// ADOL-C contender for the tanh objective: record once, then reverse sweeps with gradient().
#include "adolc_util.h"

extern "C" void tanh_adolc_record(short tag, const double *x, long n) {
  adolc_record(tag, [&] {
    adouble *ax = new adouble[n];
    adouble s = 0;
    for (long i = 0; i < n; i++) {
      ax[i] <<= x[i];
      adouble t = tanh(ax[i]);
      s += t * t * t + ax[i] * ax[i];
    }
    double y;
    s >>= y;
    delete[] ax;
  });
}

extern "C" void tanh_adolc_grad(short tag, const double *x, double *g, long n) {
  gradient(tag, (int)n, x, g);
}

extern "C" long long tanh_adolc_bytes(short tag) { return adolc_tape_bytes(tag); }
