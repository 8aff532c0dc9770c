/* Primal, hand-written Jacobian (derivatives of the bone chain propagated by hand) and finite differences for the hand objective. */
#include <string.h>

#include "handmodel.h"
#include "kernel.h"

void hand_primal(const hand_instance *in, double *err, double *ws) {
  hand_objective(in->theta, &in->model, in->ncorr, in->corr, in->points, err, ws);
}

/* dR/dtheta_j of the angle-axis rotation: R = cI + (1-c)uu^T + s[u]x with u = aa/|aa|. */
static void angle_axis_derivative(const double *aa, int j, double *dR) {
  double n = sqrt(aa[0] * aa[0] + aa[1] * aa[1] + aa[2] * aa[2]);
  if (n < 1e-4) {
    memset(dR, 0, 9 * sizeof(double));
    return;
  }
  double u[3] = {aa[0] / n, aa[1] / n, aa[2] / n}, du[3], s = sin(n), c = cos(n);
  for (int i = 0; i < 3; i++)
    du[i] = ((i == j) - u[i] * u[j]) / n;
  double dc = -s * u[j], ds = c * u[j];
  for (int r = 0; r < 3; r++)
    for (int k = 0; k < 3; k++)
      dR[3 * r + k] = dc * (r == k) - dc * u[r] * u[k] + (1 - c) * (du[r] * u[k] + u[r] * du[k]);
  double cross[9] = {0, -1, 1, 1, 0, -1, -1, 1, 0};
  int idx[9] = {0, 2, 1, 2, 0, 0, 1, 0, 0};
  for (int e = 0; e < 9; e++)
    if (cross[e] != 0)
      dR[e] += cross[e] * (ds * u[idx[e]] + s * du[idx[e]]);
}

/* Derivative of the euler rotation block w.r.t. pose row q (0: x angle, 1: z angle). */
static void euler_derivative(const double *xzy, int q, double *dtr) {
  double cx = cos(xzy[0]), sx = sin(xzy[0]), cy = cos(xzy[2]), sy = sin(xzy[2]);
  double cz = cos(xzy[1]), sz = sin(xzy[1]);
  double Rx[9] = {1, 0, 0, 0, cx, -sx, 0, sx, cx}, Ry[9] = {cy, 0, sy, 0, 1, 0, -sy, 0, cy};
  double Rz[9] = {cz, -sz, 0, sz, cz, 0, 0, 0, 1};
  if (q == 0)
    Rx[4] = -sx, Rx[5] = -cx, Rx[7] = cx, Rx[8] = -sx, Rx[0] = 0;
  else
    Rz[0] = -sz, Rz[1] = -cz, Rz[3] = cz, Rz[4] = -sz, Rz[8] = 0;
  double t[9];
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 3; c++)
      t[3 * r + c] = Rz[3 * r] * Ry[c] + Rz[3 * r + 1] * Ry[3 + c] + Rz[3 * r + 2] * Ry[6 + c];
  memset(dtr, 0, 16 * sizeof(double));
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 3; c++)
      dtr[4 * r + c] = t[3 * r] * Rx[c] + t[3 * r + 1] * Rx[3 + c] + t[3 * r + 2] * Rx[6 + c];
}

/* Bone and pose row that each theta entry drives (from to_pose_params); -1 for theta 0..5. */
static void theta_targets(int *bone, int *row) {
  for (int j = 0; j < 6; j++)
    bone[j] = row[j] = -1;
  int it = 6, col = 5;
  for (int finger = 0; finger < 5; finger++, col++)
    for (int i = 2; i <= 4; i++, col++) {
      bone[it] = col - 3, row[it++] = 0;
      if (i == 2)
        bone[it] = col - 3, row[it++] = 1;
    }
}

/* Skinned (pre-global) position of vertex v under transforms T (16 per bone, derivative flags has). */
static void skin_vertex(const hand_model *m, const double *T, const char *has, int v, double *s) {
  const double *x = m->base_positions + 3 * v;
  s[0] = s[1] = s[2] = 0;
  for (int b = 0; b < m->nbones; b++) {
    double w = m->weights[(long)b * m->nverts + v];
    if (w == 0 || (has && !has[b]))
      continue;
    const double *t = T + 16 * b;
    for (int r = 0; r < 3; r++)
      s[r] += w * (t[4 * r] * x[0] + t[4 * r + 1] * x[1] + t[4 * r + 2] * x[2] + t[4 * r + 3]);
  }
}

/* Column j (a finger angle) of the Jacobian: d(transforms) along the bone chain, then skinning. */
static void finger_column(const hand_instance *in, const double *pose, const double *rel,
                          const double *abs_, const double *Rs, int j, int bone, int row,
                          double *dT, double *J) {
  const hand_model *m = &in->model;
  double dtr[16], drel[16], dA[HAND_MAX_BONES][16];
  char has[HAND_MAX_BONES] = {0};
  euler_derivative(pose + 3 * (bone + 3), row, dtr);
  hand_mat4_mul(m->base_relatives[bone], dtr, drel);
  if (m->parents[bone] == -1)
    memcpy(dA[bone], drel, sizeof drel);
  else
    hand_mat4_mul(abs_ + 16 * m->parents[bone], drel, dA[bone]);
  has[bone] = 1;
  for (int c = bone + 1; c < m->nbones; c++)
    if (m->parents[c] >= 0 && has[m->parents[c]]) {
      hand_mat4_mul(dA[m->parents[c]], rel + 16 * c, dA[c]);
      has[c] = 1;
    }
  for (int c = bone; c < m->nbones; c++)
    if (has[c])
      hand_mat4_mul(dA[c], m->inv_base_absolutes[c], dT + 16 * c);
  for (int i = 0; i < in->ncorr; i++) {
    double ds[3];
    skin_vertex(m, dT, has, in->corr[i], ds);
    for (int r = 0; r < 3; r++)
      J[(3L * i + r) * HAND_NTHETA + j] = -(Rs[3 * r] * ds[0] + Rs[3 * r + 1] * ds[1] + Rs[3 * r + 2] * ds[2]);
  }
}

/* global_columns: translation and global rotation columns. */
static void global_columns(const hand_instance *in, const double *pose, const double *T, double *J) {
  for (int j = 0; j < 3; j++) {
    double dR[9];
    angle_axis_derivative(pose, j, dR);
    for (int i = 0; i < in->ncorr; i++) {
      double s[3];
      skin_vertex(&in->model, T, NULL, in->corr[i], s);
      for (int r = 0; r < 3; r++) {
        double d = 0;
        for (int k = 0; k < 3; k++)
          d += dR[3 * r + k] * pose[3 + k] * s[k];
        J[(3L * i + r) * HAND_NTHETA + j] = -d;
        J[(3L * i + r) * HAND_NTHETA + 3 + j] = -(r == j);
      }
    }
  }
}

/* ws: the objective's scratch (HAND_WS_LEN); dT: 16 * nbones doubles. */
void hand_hand(const hand_instance *in, double *ws, double *dT, double *J) {
  const hand_model *m = &in->model;
  double *pose = ws, *rel = pose + 3 * (m->nbones + 3), *abs_ = rel + 16 * m->nbones;
  double *T = abs_ + 16 * m->nbones, R[9], Rs[9];
  hand_to_pose_params(in->theta, m->nbones, pose);
  hand_bone_transforms(m, pose, rel, abs_, T);
  hand_angle_axis_to_R(pose, R);
  for (int e = 0; e < 9; e++)
    Rs[e] = R[e] * pose[3 + e % 3];
  global_columns(in, pose, T, J);
  int bone[HAND_NTHETA], row[HAND_NTHETA];
  theta_targets(bone, row);
  for (int j = 6; j < HAND_NTHETA; j++)
    finger_column(in, pose, rel, abs_, Rs, j, bone[j], row[j], dT, J);
}

/* Central differences, one column per parameter; ep/em hold 3N residuals each. */
void hand_fd(hand_instance *in, double *ws, double *ep, double *em, double *J) {
  long nr = 3L * in->ncorr;
  for (int j = 0; j < HAND_NTHETA; j++) {
    double tj = in->theta[j], h = 6e-6 * fmax(1.0, fabs(tj));
    in->theta[j] = tj + h;
    hand_primal(in, ep, ws);
    in->theta[j] = tj - h;
    hand_primal(in, em, ws);
    in->theta[j] = tj;
    for (long r = 0; r < nr; r++)
      J[r * HAND_NTHETA + j] = (ep[r] - em[r]) / (2 * h);
  }
}
