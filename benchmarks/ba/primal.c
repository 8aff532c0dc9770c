/* Primal residuals, hand-written Jacobian (one forward, a reverse per row) and block-wise finite differences for BA. */
#include <string.h>

#include "ba.h"
#include "kernel.h"

void ba_primal(const ba_instance *in, double *reproj, double *werr) {
  for (int i = 0; i < in->p; i++) {
    ba_reproj_error(in->cams + BA_NCAM * in->obs[2 * i], in->X + 3 * in->obs[2 * i + 1], &in->w[i],
                    &in->feats[2 * i], reproj + 2 * i);
    ba_weight_error(&in->w[i], &werr[i]);
  }
}

/* Values of the forward pass that the reverse reads. */
typedef struct {
  double Xo[3], w[3], wxp[3], Xc[3], p[2], q[2], theta, c, s, dot, rsq, L;
} fwd_t;

static void forward(const double *cam, const double *X, fwd_t *v) {
  for (int i = 0; i < 3; i++)
    v->Xo[i] = X[i] - cam[BA_C + i];
  v->theta = sqrt(ba_sqsum(3, cam)), v->c = cos(v->theta), v->s = sin(v->theta);
  for (int i = 0; i < 3; i++)
    v->w[i] = cam[i] / v->theta;
  ba_cross(v->w, v->Xo, v->wxp);
  v->dot = v->w[0] * v->Xo[0] + v->w[1] * v->Xo[1] + v->w[2] * v->Xo[2];
  for (int i = 0; i < 3; i++)
    v->Xc[i] = v->Xo[i] * v->c + v->wxp[i] * v->s + v->w[i] * v->dot * (1 - v->c);
  v->p[0] = v->Xc[0] / v->Xc[2], v->p[1] = v->Xc[1] / v->Xc[2];
  v->rsq = v->p[0] * v->p[0] + v->p[1] * v->p[1];
  v->L = 1 + cam[BA_RAD] * v->rsq + cam[BA_RAD + 1] * v->rsq * v->rsq;
  v->q[0] = v->p[0] * v->L, v->q[1] = v->p[1] * v->L;
}

/* rotation_reverse: from the adjoint dXc of the rotated point to the rotation (g[0..2]) and dXo. */
static void rotation_reverse(const double *rot, const fwd_t *v, const double *dXc, double *g,
                             double *dXo) {
  double dc = 0, ds = 0, dtmp = 0, dw[3], dwxp[3], t[3];
  for (int i = 0; i < 3; i++) {
    dXo[i] = dXc[i] * v->c, dc += dXc[i] * v->Xo[i], dwxp[i] = dXc[i] * v->s;
    ds += dXc[i] * v->wxp[i], dw[i] = dXc[i] * v->dot * (1 - v->c), dtmp += dXc[i] * v->w[i];
  }
  double ddot = dtmp * (1 - v->c);
  dc -= dtmp * v->dot;
  ba_cross(v->Xo, dwxp, t);
  for (int i = 0; i < 3; i++)
    dw[i] += ddot * v->Xo[i] + t[i], dXo[i] += ddot * v->w[i];
  ba_cross(dwxp, v->w, t);
  for (int i = 0; i < 3; i++)
    dXo[i] += t[i];
  double dtheta = -v->s * dc + v->c * ds, wdot = 0;
  for (int i = 0; i < 3; i++)
    wdot += dw[i] * rot[i];
  dtheta -= wdot / (v->theta * v->theta);
  for (int i = 0; i < 3; i++)
    g[i] = dw[i] / v->theta + dtheta * rot[i] / v->theta;
}

/* row_reverse: one Jacobian row (seed e on the two residuals) into row[0..14]. */
static void row_reverse(const double *cam, const double *w, const double *feat, const fwd_t *v,
                        const double *e, double *row) {
  double f = cam[BA_F], dproj[2], dp[2], dL = 0, dXc[3], dXo[3];
  row[14] = e[0] * (v->q[0] * f + cam[BA_X0] - feat[0]) + e[1] * (v->q[1] * f + cam[BA_X0 + 1] - feat[1]);
  dproj[0] = *w * e[0], dproj[1] = *w * e[1];
  row[BA_F] = dproj[0] * v->q[0] + dproj[1] * v->q[1];
  row[BA_X0] = dproj[0], row[BA_X0 + 1] = dproj[1];
  for (int i = 0; i < 2; i++)
    dp[i] = dproj[i] * f * v->L, dL += dproj[i] * f * v->p[i];
  row[BA_RAD] = dL * v->rsq, row[BA_RAD + 1] = dL * v->rsq * v->rsq;
  double drsq = dL * (cam[BA_RAD] + 2 * cam[BA_RAD + 1] * v->rsq);
  for (int i = 0; i < 2; i++)
    dp[i] += 2 * v->p[i] * drsq;
  dXc[0] = dp[0] / v->Xc[2], dXc[1] = dp[1] / v->Xc[2];
  dXc[2] = -(dp[0] * v->p[0] + dp[1] * v->p[1]) / v->Xc[2];
  rotation_reverse(cam, v, dXc, row, dXo);
  for (int i = 0; i < 3; i++)
    row[11 + i] = dXo[i], row[BA_C + i] = -dXo[i];
}

/* The data has a non-zero rotation, so the sqtheta == 0 branch is not needed here. */
void ba_hand(const ba_instance *in, double *J) {
  for (int i = 0; i < in->p; i++) {
    const double *cam = in->cams + BA_NCAM * in->obs[2 * i], *X = in->X + 3 * in->obs[2 * i + 1];
    fwd_t v;
    forward(cam, X, &v);
    static const double e0[2] = {1, 0}, e1[2] = {0, 1};
    row_reverse(cam, &in->w[i], &in->feats[2 * i], &v, e0, J + (long)i * BA_BLOCK);
    row_reverse(cam, &in->w[i], &in->feats[2 * i], &v, e1, J + (long)i * BA_BLOCK + 15);
    J[(long)in->p * BA_BLOCK + i] = -2 * in->w[i];
  }
}

/* Central differences per observation block: 15 perturbed inputs, both rows at once. */
void ba_fd(const ba_instance *in, double *J) {
  for (int i = 0; i < in->p; i++) {
    double x[15], ep[2], em[2];
    memcpy(x, in->cams + BA_NCAM * in->obs[2 * i], sizeof(double) * 11);
    memcpy(x + 11, in->X + 3 * in->obs[2 * i + 1], sizeof(double) * 3);
    x[14] = in->w[i];
    for (int j = 0; j < 15; j++) {
      double xj = x[j], h = 6e-6 * fmax(1.0, fabs(xj));
      x[j] = xj + h;
      ba_reproj_error(x, x + 11, x + 14, &in->feats[2 * i], ep);
      x[j] = xj - h;
      ba_reproj_error(x, x + 11, x + 14, &in->feats[2 * i], em);
      x[j] = xj;
      J[(long)i * BA_BLOCK + j] = (ep[0] - em[0]) / (2 * h);
      J[(long)i * BA_BLOCK + 15 + j] = (ep[1] - em[1]) / (2 * h);
    }
    double w = in->w[i], h = 6e-6 * fmax(1.0, fabs(w)), wp = w + h, wm = w - h, fp, fm;
    ba_weight_error(&wp, &fp);
    ba_weight_error(&wm, &fm);
    J[(long)in->p * BA_BLOCK + i] = (fp - fm) / (2 * h);
  }
}
