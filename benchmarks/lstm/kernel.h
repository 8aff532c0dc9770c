/* ADBench's LSTM objective in plain C; the scratch arrays are passed in (the plugin does not yet differentiate malloc). */
#ifndef LSTM_KERNEL_H
#define LSTM_KERNEL_H
#include <math.h>

static double lstm_sigmoid(double x) { return 1.0 / (1.0 + exp(-x)); }

/* log(sum exp(v) + 2): the "+2" is ADBench's own definition. */
static double lstm_logsumexp(const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += exp(v[i]);
  return log(s + 2);
}

/* One layer: gates (4b scratch) forget, input, output, change; updates hidden and cell. */
static void lstm_model(int b, const double *weight, const double *bias, double *hidden,
                       double *cell, const double *input, double *gates) {
  double *forget = gates, *ingate = gates + b, *outgate = gates + 2 * b, *change = gates + 3 * b;
  for (int i = 0; i < b; i++) {
    forget[i] = lstm_sigmoid(input[i] * weight[i] + bias[i]);
    ingate[i] = lstm_sigmoid(hidden[i] * weight[b + i] + bias[b + i]);
    outgate[i] = lstm_sigmoid(input[i] * weight[2 * b + i] + bias[2 * b + i]);
    change[i] = tanh(hidden[i] * weight[3 * b + i] + bias[3 * b + i]);
  }
  for (int i = 0; i < b; i++)
    cell[i] = cell[i] * forget[i] + ingate[i] * change[i];
  for (int i = 0; i < b; i++)
    hidden[i] = outgate[i] * tanh(cell[i]);
}

static void lstm_predict(int l, int b, const double *w, const double *w2, double *s,
                         const double *x, double *x2, double *gates) {
  for (int i = 0; i < b; i++)
    x2[i] = x[i] * w2[i];
  const double *xp = x2;
  for (int i = 0; i <= 2 * l * b - 1; i += 2 * b) {
    lstm_model(b, &w[i * 4], &w[(i + b) * 4], &s[i], &s[i + b], xp, gates);
    xp = &s[i];
  }
  for (int i = 0; i < b; i++)
    x2[i] = xp[i] * w2[b + i] + w2[2 * b + i];
}

/* ws holds 6b doubles: ypred, ynorm, gates. state (2lb) is updated in place. */
static double lstm_objective(int l, int c, int b, const double *main_params,
                             const double *extra_params, double *state, const double *sequence,
                             double *ws) {
  double total = 0;
  int count = 0;
  const double *input = sequence;
  double *ypred = ws, *ynorm = ws + b, *gates = ws + 2 * b;
  for (int t = 0; t <= (c - 1) * b - 1; t += b) {
    lstm_predict(l, b, main_params, extra_params, state, input, ypred, gates);
    double lse = lstm_logsumexp(ypred, b);
    for (int i = 0; i < b; i++)
      ynorm[i] = ypred[i] - lse;
    const double *ygold = &sequence[t + b];
    for (int i = 0; i < b; i++)
      total += ygold[i] * ynorm[i];
    count += b;
    input = ygold;
  }
  return -total / count;
}
#endif
