/* Primal and hand-written gradient of the LSTM objective (forward pass storing every layer's gates, then a reverse pass). */
#include <string.h>

#include "kernel.h"
#include "lstm.h"

double lstm_primal(const lstm_instance *in, double *state, double *ws) {
  memcpy(state, in->state0, sizeof(double) * 2 * (size_t)in->l * (size_t)in->b);
  return lstm_objective(in->l, in->c, in->b, in->theta, LSTM_EXTRA(in, in->theta), state,
                        in->sequence, ws);
}

/* Per step and layer the tape holds 9b values: input, h_prev, c_prev, f, i, o, g, c_new, tanh(c_new). */
enum { IN, HP, CP, FG, IG, OG, GG, CN, TH, NREC };

static void layer_forward(int b, const double *w, const double *bias, double *h, double *cst,
                          const double *x, double *r) {
  for (int i = 0; i < b; i++) {
    r[IN * b + i] = x[i], r[HP * b + i] = h[i], r[CP * b + i] = cst[i];
    double f = lstm_sigmoid(x[i] * w[i] + bias[i]);
    double ig = lstm_sigmoid(h[i] * w[b + i] + bias[b + i]);
    double o = lstm_sigmoid(x[i] * w[2 * b + i] + bias[2 * b + i]);
    double g = tanh(h[i] * w[3 * b + i] + bias[3 * b + i]);
    double cn = cst[i] * f + ig * g, th = tanh(cn);
    r[FG * b + i] = f, r[IG * b + i] = ig, r[OG * b + i] = o, r[GG * b + i] = g;
    r[CN * b + i] = cn, r[TH * b + i] = th;
    cst[i] = cn, h[i] = o * th;
  }
}

/* layer_reverse: dh, dc hold the adjoints of the new hidden/cell and receive those of the old ones; din gets the input's. */
static void layer_reverse(int b, const double *w, const double *r, double *gw, double *gb,
                          double *dh, double *dc, double *din) {
  for (int i = 0; i < b; i++) {
    double f = r[FG * b + i], ig = r[IG * b + i], o = r[OG * b + i], g = r[GG * b + i];
    double th = r[TH * b + i], x = r[IN * b + i], hp = r[HP * b + i];
    double dcn = dc[i] + dh[i] * o * (1 - th * th);
    double dzf = dcn * r[CP * b + i] * f * (1 - f), dzi = dcn * g * ig * (1 - ig);
    double dzo = dh[i] * th * o * (1 - o), dzg = dcn * ig * (1 - g * g);
    gw[i] += dzf * x, gw[b + i] += dzi * hp, gw[2 * b + i] += dzo * x, gw[3 * b + i] += dzg * hp;
    gb[i] += dzf, gb[b + i] += dzi, gb[2 * b + i] += dzo, gb[3 * b + i] += dzg;
    din[i] = dzf * w[i] + dzo * w[2 * b + i];
    dh[i] = dzi * w[b + i] + dzg * w[3 * b + i];
    dc[i] = dcn * f;
  }
}

/* The forward pass: tape gets (c-1)*l*NREC*b values, top gets the last layer's output per step. */
static void forward(const lstm_instance *in, double *state, double *tape, double *x2) {
  int l = in->l, b = in->b;
  const double *w = in->theta, *w2 = LSTM_EXTRA(in, in->theta);
  for (int t = 0; t < in->c - 1; t++) {
    for (int i = 0; i < b; i++)
      x2[i] = in->sequence[t * b + i] * w2[i];
    const double *xp = x2;
    for (int L = 0; L < l; L++) {
      double *r = tape + ((long)t * l + L) * NREC * b;
      layer_forward(b, w + 8 * L * b, w + 8 * L * b + 4 * b, state + 2 * L * b,
                    state + 2 * L * b + b, xp, r);
      xp = state + 2 * L * b;
    }
  }
}

/* step_output_adjoint: adjoint of the loss w.r.t. the prediction at step t; fills dtop. */
static void step_output_adjoint(const lstm_instance *in, int t, const double *htop, double *g,
                                double *dtop) {
  int b = in->b;
  const double *w2 = LSTM_EXTRA(in, in->theta), *y = in->sequence + (t + 1) * b;
  double *g2 = LSTM_EXTRA(in, g), ypred[64], S = 2, Y = 0, inv = 1.0 / ((in->c - 1) * b);
  for (int i = 0; i < b; i++) {
    ypred[i] = htop[i] * w2[b + i] + w2[2 * b + i];
    S += exp(ypred[i]);
    Y += y[i];
  }
  for (int i = 0; i < b; i++) {
    double dy = -inv * (y[i] - Y * exp(ypred[i]) / S);
    g2[b + i] += dy * htop[i], g2[2 * b + i] += dy;
    dtop[i] = dy * w2[b + i];
  }
}

/* ws holds 6*l*b + b doubles; tape (c-1)*l*9b. Requires b <= 64. */
void lstm_hand(const lstm_instance *in, double *state, double *tape, double *ws, double *g) {
  int l = in->l, b = in->b;
  double *dh = ws, *dc = ws + l * b, *din = ws + 2 * l * b, *x2 = ws + 3 * l * b;
  const double *w = in->theta;
  memcpy(state, in->state0, sizeof(double) * 2 * (size_t)l * (size_t)b);
  memset(g, 0, sizeof(double) * (size_t)LSTM_NPARAMS(in));
  memset(ws, 0, sizeof(double) * (size_t)(3 * l * b));
  forward(in, state, tape, x2);
  for (int t = in->c - 2; t >= 0; t--) {
    const double *top = tape + ((long)t * l + l - 1) * NREC * b;
    double htop[64];
    for (int i = 0; i < b; i++)
      htop[i] = top[OG * b + i] * top[TH * b + i];
    step_output_adjoint(in, t, htop, g, din);
    for (int L = l - 1; L >= 0; L--) {
      for (int i = 0; i < b; i++)
        dh[L * b + i] += din[i];
      layer_reverse(b, w + 8 * L * b, tape + ((long)t * l + L) * NREC * b, g + 8 * L * b,
                    g + 8 * L * b + 4 * b, dh + L * b, dc + L * b, din);
    }
    double *g2 = LSTM_EXTRA(in, g);
    for (int i = 0; i < b; i++)
      g2[i] += din[i] * in->sequence[t * b + i];
  }
}
