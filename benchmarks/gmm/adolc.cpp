// ADOL-C contender for GMM: the objective written with adouble, recorded once, then reverse sweeps with gradient().
#include <cmath>
#include <vector>

#include "adolc_util.h"

extern "C" {
#include "gmm.h"
}

typedef std::vector<adouble> avec;

static adouble a_log_sum_exp(int n, const adouble *x) {
  adouble mx = x[0];
  for (int i = 1; i < n; i++)
    if (mx < x[i]) // the branch taken at recording time is kept on the tape
      mx = x[i];
  adouble s = 0;
  for (int i = 0; i < n; i++)
    s += exp(x[i] - mx);
  return log(s) + mx;
}

static adouble a_sqnorm(int n, const adouble *x) {
  adouble s = 0;
  for (int i = 0; i < n; i++)
    s += x[i] * x[i];
  return s;
}

static double log_gamma_distrib(double a, double p) {
  double out = 0.25 * p * (p - 1) * std::log(M_PI);
  for (int j = 1; j <= p; j++)
    out += std::lgamma(a + 0.5 * (1 - j));
  return out;
}

/* The main term: sum over points of log_sum_exp over components. */
static adouble a_data_term(const gmm_instance *in, const adouble *alphas, const adouble *mu,
                           const adouble *icf, const avec &Qd, const avec &sum_qs) {
  int d = in->d, k = in->k, sz = GMM_ICF_SZ(d);
  avec xc(d), z(d), main_term(k);
  adouble slse = 0;
  for (int ix = 0; ix < in->n; ix++) {
    for (int ik = 0; ik < k; ik++) {
      for (int j = 0; j < d; j++) {
        xc[j] = in->x[ix * d + j] - mu[ik * d + j];
        z[j] = Qd[ik * d + j] * xc[j];
      }
      int li = 0;
      for (int i = 0; i < d; i++)
        for (int j = i + 1; j < d; j++)
          z[j] += icf[ik * sz + d + li++] * xc[i];
      main_term[ik] = alphas[ik] + sum_qs[ik] - 0.5 * a_sqnorm(d, z.data());
    }
    slse += a_log_sum_exp(k, main_term.data());
  }
  return slse;
}

static adouble a_objective(const gmm_instance *in, const adouble *theta) {
  int d = in->d, k = in->k, n = in->n, sz = GMM_ICF_SZ(d);
  const adouble *alphas = theta, *mu = theta + k, *icf = theta + k * (1 + d);
  avec Qd(d * k), sum_qs(k);
  for (int ik = 0; ik < k; ik++) {
    sum_qs[ik] = 0;
    for (int j = 0; j < d; j++) {
      sum_qs[ik] += icf[ik * sz + j];
      Qd[ik * d + j] = exp(icf[ik * sz + j]);
    }
  }
  adouble slse = a_data_term(in, alphas, mu, icf, Qd, sum_qs);
  int wn = d + in->m + 1;
  double C = wn * d * (std::log(in->gamma) - 0.5 * std::log(2)) - log_gamma_distrib(0.5 * wn, d);
  adouble prior = 0;
  for (int ik = 0; ik < k; ik++) {
    adouble frob = a_sqnorm(d, &Qd[ik * d]) + a_sqnorm(sz - d, icf + ik * sz + d);
    prior += 0.5 * in->gamma * in->gamma * frob - in->m * sum_qs[ik];
  }
  return -n * d * 0.5 * std::log(2 * M_PI) + slse - n * a_log_sum_exp(k, alphas) + prior - k * C;
}

extern "C" void gmm_adolc_record(short tag, const gmm_instance *in) {
  adolc_record(tag, [&] {
    long np = GMM_NPARAMS(in);
    avec theta(np);
    for (long i = 0; i < np; i++)
      theta[i] <<= in->theta[i];
    double y;
    a_objective(in, theta.data()) >>= y;
  });
}

extern "C" void gmm_adolc_grad(short tag, const gmm_instance *in, double *g) {
  gradient(tag, (int)GMM_NPARAMS(in), in->theta, g);
}

extern "C" long long gmm_adolc_bytes(short tag) { return adolc_tape_bytes(tag); }
