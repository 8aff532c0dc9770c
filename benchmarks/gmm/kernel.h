/* ADBench's GMM objective in plain C; the scratch arrays are passed in (the plugin does not yet differentiate malloc). */
#ifndef GMM_KERNEL_H
#define GMM_KERNEL_H
#include <math.h>

static double gmm_arr_max(int n, const double *x) {
  double m = x[0];
  for (int i = 1; i < n; i++)
    if (m < x[i])
      m = x[i];
  return m;
}

static double gmm_sqnorm(int n, const double *x) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += x[i] * x[i];
  return s;
}

static double gmm_log_sum_exp(int n, const double *x) {
  double mx = gmm_arr_max(n, x), s = 0;
  for (int i = 0; i < n; i++)
    s += exp(x[i] - mx);
  return log(s) + mx;
}

/* out = Q x with Q = diag(Qdiag) + strictly lower triangle ltri (column-major). */
static void gmm_Qtimesx(int d, const double *Qdiag, const double *ltri, const double *x,
                        double *out) {
  for (int i = 0; i < d; i++)
    out[i] = Qdiag[i] * x[i];
  int li = 0;
  for (int i = 0; i < d; i++)
    for (int j = i + 1; j < d; j++)
      out[j] += ltri[li++] * x[i];
}

static double gmm_log_gamma_distrib(double a, double p) {
  double out = 0.25 * p * (p - 1) * log(M_PI);
  for (int j = 1; j <= p; j++)
    out += lgamma(a + 0.5 * (1 - j));
  return out;
}

static double gmm_log_wishart_prior(int p, int k, double gamma, int m, const double *sum_qs,
                                    const double *Qdiags, const double *icf) {
  int n = p + m + 1, icf_sz = p * (p + 1) / 2;
  double C = n * p * (log(gamma) - 0.5 * log(2)) - gmm_log_gamma_distrib(0.5 * n, p);
  double out = 0;
  for (int ik = 0; ik < k; ik++) {
    double frobenius = gmm_sqnorm(p, Qdiags + ik * p) + gmm_sqnorm(icf_sz - p, icf + ik * icf_sz + p);
    out += 0.5 * gamma * gamma * frobenius - m * sum_qs[ik];
  }
  return out - k * C;
}

/* ws holds d*k + k + d + d + k doubles: Qdiags, sum_qs, xcentered, Qxcentered, main_term. */
static double gmm_objective(int d, int k, int n, const double *alphas, const double *means,
                            const double *icf, const double *x, double gamma, int m, double *ws) {
  const double CONSTANT = -n * d * 0.5 * log(2 * M_PI);
  int icf_sz = d * (d + 1) / 2;
  double *Qdiags = ws, *sum_qs = Qdiags + d * k, *xc = sum_qs + k, *Qxc = xc + d;
  double *main_term = Qxc + d;
  for (int ik = 0; ik < k; ik++) {
    sum_qs[ik] = 0;
    for (int id = 0; id < d; id++) {
      double q = icf[ik * icf_sz + id];
      sum_qs[ik] += q;
      Qdiags[ik * d + id] = exp(q);
    }
  }
  double slse = 0;
  for (int ix = 0; ix < n; ix++) {
    for (int ik = 0; ik < k; ik++) {
      for (int id = 0; id < d; id++)
        xc[id] = x[ix * d + id] - means[ik * d + id];
      gmm_Qtimesx(d, Qdiags + ik * d, icf + ik * icf_sz + d, xc, Qxc);
      main_term[ik] = alphas[ik] + sum_qs[ik] - 0.5 * gmm_sqnorm(d, Qxc);
    }
    slse += gmm_log_sum_exp(k, main_term);
  }
  double lse_alphas = gmm_log_sum_exp(k, alphas);
  return CONSTANT + slse - n * lse_alphas +
         gmm_log_wishart_prior(d, k, gamma, m, sum_qs, Qdiags, icf);
}

static long gmm_ws_size(int d, int k) { return (long)d * k + k + 2L * d + k; }
#endif
