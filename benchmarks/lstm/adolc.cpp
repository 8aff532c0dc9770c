// ADOL-C contender for the LSTM: the objective written with adouble, recorded once, then reverse sweeps with gradient().
#include <vector>

#include "adolc_util.h"

extern "C" {
#include "lstm.h"
}

typedef std::vector<adouble> avec;

static adouble a_sigmoid(const adouble &x) { return 1.0 / (1.0 + exp(-x)); }

static void a_model(int b, const adouble *w, const adouble *bias, adouble *h, adouble *cst,
                    const adouble *x) {
  for (int i = 0; i < b; i++) {
    adouble f = a_sigmoid(x[i] * w[i] + bias[i]);
    adouble ig = a_sigmoid(h[i] * w[b + i] + bias[b + i]);
    adouble o = a_sigmoid(x[i] * w[2 * b + i] + bias[2 * b + i]);
    adouble g = tanh(h[i] * w[3 * b + i] + bias[3 * b + i]);
    cst[i] = cst[i] * f + ig * g;
    h[i] = o * tanh(cst[i]);
  }
}

static adouble a_objective(const lstm_instance *in, const adouble *w) {
  int l = in->l, b = in->b;
  const adouble *w2 = w + 8 * l * b;
  avec s(2 * l * b), x2(b);
  for (int i = 0; i < 2 * l * b; i++)
    s[i] = in->state0[i];
  adouble total = 0;
  for (int t = 0; t < in->c - 1; t++) {
    for (int i = 0; i < b; i++)
      x2[i] = in->sequence[t * b + i] * w2[i];
    const adouble *xp = x2.data();
    for (int L = 0; L < l; L++) {
      a_model(b, w + 8 * L * b, w + 8 * L * b + 4 * b, &s[2 * L * b], &s[2 * L * b + b], xp);
      xp = &s[2 * L * b];
    }
    adouble sum = 2;
    for (int i = 0; i < b; i++) {
      x2[i] = xp[i] * w2[b + i] + w2[2 * b + i];
      sum += exp(x2[i]);
    }
    adouble lse = log(sum);
    for (int i = 0; i < b; i++)
      total += in->sequence[(t + 1) * b + i] * (x2[i] - lse);
  }
  return -total / ((in->c - 1) * b);
}

extern "C" void lstm_adolc_record(short tag, const lstm_instance *in) {
  adolc_record(tag, [&] {
    long np = LSTM_NPARAMS(in);
    avec w(np);
    for (long i = 0; i < np; i++)
      w[i] <<= in->theta[i];
    double y;
    a_objective(in, w.data()) >>= y;
  });
}

extern "C" void lstm_adolc_grad(short tag, const lstm_instance *in, double *g) {
  gradient(tag, (int)LSTM_NPARAMS(in), in->theta, g);
}

extern "C" long long lstm_adolc_bytes(short tag) { return adolc_tape_bytes(tag); }
