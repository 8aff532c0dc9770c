/* Primal and hand-written gradient of the GMM objective. */
#include <stdlib.h>

#include "gmm.h"
#include "kernel.h"

double gmm_primal(const gmm_instance *in, double *ws) {
  return gmm_objective(in->d, in->k, in->n, GMM_ALPHAS(in, in->theta), GMM_MEANS(in, in->theta),
                       GMM_ICF(in, in->theta), in->x, in->gamma, in->m, ws);
}

/* point_adjoint: adds the gradient of log_sum_exp_k(beta_k) for one point x.
 * z_k = Q_k (x - mu_k); beta_k = alpha_k + sum q_k - |z_k|^2 / 2. */
static void point_adjoint(const gmm_instance *in, const double *x, const double *Qd, double *ws,
                          double *g) {
  int d = in->d, k = in->k, sz = GMM_ICF_SZ(d);
  const double *alphas = in->theta, *mu = GMM_MEANS(in, in->theta), *icf = GMM_ICF(in, in->theta);
  double *ga = g, *gmu = GMM_MEANS(in, g), *gicf = GMM_ICF(in, g);
  double *beta = ws, *z = ws + k, *y = z + (long)k * d, *ybar = y + d;
  for (int ik = 0; ik < k; ik++) {
    const double *q = icf + ik * sz;
    for (int j = 0; j < d; j++)
      y[j] = x[j] - mu[ik * d + j];
    gmm_Qtimesx(d, Qd + ik * d, q + d, y, z + ik * d);
    double s = 0;
    for (int j = 0; j < d; j++)
      s += q[j];
    beta[ik] = alphas[ik] + s - 0.5 * gmm_sqnorm(d, z + ik * d);
  }
  double lse = gmm_log_sum_exp(k, beta);
  for (int ik = 0; ik < k; ik++) {
    const double *l = icf + ik * sz + d;
    double w = exp(beta[ik] - lse), *gq = gicf + ik * sz, *gl = gq + d, *zk = z + ik * d;
    ga[ik] += w;
    for (int j = 0; j < d; j++) {
      y[j] = x[j] - mu[ik * d + j];
      double zbar = -w * zk[j];
      gq[j] += w + zbar * Qd[ik * d + j] * y[j];
      ybar[j] = zbar * Qd[ik * d + j];
    }
    int li = 0;
    for (int i = 0; i < d; i++)
      for (int j = i + 1; j < d; j++, li++) {
        gl[li] += -w * zk[j] * y[i];
        ybar[i] += -w * zk[j] * l[li];
      }
    for (int j = 0; j < d; j++)
      gmu[ik * d + j] -= ybar[j];
  }
}

/* ws2 holds k + k*d + 2*d doubles. */
void gmm_hand(const gmm_instance *in, double *Qd, double *ws2, double *g) {
  int d = in->d, k = in->k, sz = GMM_ICF_SZ(d);
  const double *alphas = in->theta, *icf = GMM_ICF(in, in->theta);
  for (long i = 0; i < GMM_NPARAMS(in); i++)
    g[i] = 0;
  for (int ik = 0; ik < k; ik++)
    for (int j = 0; j < d; j++)
      Qd[ik * d + j] = exp(icf[ik * sz + j]);
  for (int ix = 0; ix < in->n; ix++)
    point_adjoint(in, in->x + (long)ix * d, Qd, ws2, g);
  double lse = gmm_log_sum_exp(k, alphas), g2 = in->gamma * in->gamma;
  double *gicf = GMM_ICF(in, g);
  for (int ik = 0; ik < k; ik++) {
    g[ik] -= in->n * exp(alphas[ik] - lse);
    for (int j = 0; j < d; j++)
      gicf[ik * sz + j] += g2 * Qd[ik * d + j] * Qd[ik * d + j] - in->m;
    for (int j = d; j < sz; j++)
      gicf[ik * sz + j] += g2 * icf[ik * sz + j];
  }
}
