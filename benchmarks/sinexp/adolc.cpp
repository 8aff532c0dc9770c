// ADOL-C contender for the sin-exp objective: record once, then reverse sweeps with gradient().
#include "adolc_util.h"

extern "C" void sinexp_adolc_record(short tag, const double *p, long K) {
  adolc_record(tag, [&] {
    adouble ap[10];
    for (int i = 0; i < 10; i++)
      ap[i] <<= p[i];
    adouble s = 0;
    for (long k = 1; k <= K; k++) {
      double t = (double)k;
      for (int i = 0; i < 5; i++)
        s += sin(t * ap[i]) * exp(-ap[5 + i] * t);
    }
    double y;
    s >>= y;
  });
}

extern "C" void sinexp_adolc_grad(short tag, const double *p, double *g) {
  gradient(tag, 10, p, g);
}

extern "C" long long sinexp_adolc_bytes(short tag) { return adolc_tape_bytes(tag); }
