// ADOL-C contender for the hand Jacobian: the objective written with adouble, recorded once, then a forward sweep and one vector reverse sweep over all 3N rows.
#include <cmath>
#include <vector>

#include "adolc_util.h"

extern "C" {
#include "handmodel.h"
}

typedef std::vector<adouble> avec;

/* C = A B for row-major 4x4 matrices; A or B may be constant. */
template <class TA, class TB> static void mul4(const TA *A, const TB *B, adouble *C) {
  for (int r = 0; r < 4; r++)
    for (int c = 0; c < 4; c++) {
      adouble s = 0;
      for (int k = 0; k < 4; k++)
        s += A[4 * r + k] * B[4 * k + c];
      C[4 * r + c] = s;
    }
}

static void euler_tr(const adouble *xzy, adouble *tr) {
  adouble cx = cos(xzy[0]), sx = sin(xzy[0]), cy = cos(xzy[2]), sy = sin(xzy[2]);
  adouble cz = cos(xzy[1]), sz = sin(xzy[1]);
  adouble R[9] = {cz * cy, cz * sy * sx - sz * cx, cz * sy * cx + sz * sx,
                  sz * cy, sz * sy * sx + cz * cx, sz * sy * cx - cz * sx,
                  -sy,     cy * sx,                cy * cx};
  for (int r = 0; r < 4; r++)
    for (int c = 0; c < 4; c++)
      tr[4 * r + c] = r < 3 && c < 3 ? R[3 * r + c] : adouble(r == c ? 1.0 : 0.0);
}

static void angle_axis(const adouble *aa, adouble *R) {
  adouble n = sqrt(aa[0] * aa[0] + aa[1] * aa[1] + aa[2] * aa[2]);
  if (n.getValue() < 1e-4) { // the branch taken at recording time is kept on the tape
    for (int i = 0; i < 9; i++)
      R[i] = i % 4 == 0 ? 1.0 : 0.0;
    return;
  }
  adouble x = aa[0] / n, y = aa[1] / n, z = aa[2] / n, s = sin(n), c = cos(n);
  R[0] = x * x + (1 - x * x) * c, R[1] = x * y * (1 - c) - z * s, R[2] = x * z * (1 - c) + y * s;
  R[3] = x * y * (1 - c) + z * s, R[4] = y * y + (1 - y * y) * c, R[5] = y * z * (1 - c) - x * s;
  R[6] = x * z * (1 - c) - y * s, R[7] = z * y * (1 - c) + x * s, R[8] = z * z + (1 - z * z) * c;
}

/* pose columns as in hand_to_pose_params: rotation, scale (1), translation, one per bone. */
static void pose_params(const adouble *theta, int nbones, avec &pose) {
  for (int i = 0; i < 3; i++)
    pose[i] = theta[i], pose[3 + i] = 1.0, pose[6 + i] = theta[3 + i];
  int it = 6, col = 5;
  for (int finger = 0; finger < 5; finger++, col++)
    for (int i = 2; i <= 4; i++, col++) {
      pose[3 * col] = theta[it++];
      if (i == 2)
        pose[3 * col + 1] = theta[it++];
    }
}

static void objective(const hand_instance *in, const adouble *theta, adouble *err) {
  const hand_model *m = &in->model;
  int nb = m->nbones;
  avec pose(3 * (nb + 3), 0.0), rel(16 * nb), abs_(16 * nb), T(16 * nb), pos(3 * m->nverts, 0.0);
  pose_params(theta, nb, pose);
  for (int b = 0; b < nb; b++) {
    adouble tr[16];
    euler_tr(&pose[3 * (b + 3)], tr);
    mul4(m->base_relatives[b], tr, &rel[16 * b]);
    if (m->parents[b] == -1)
      for (int i = 0; i < 16; i++)
        abs_[16 * b + i] = rel[16 * b + i];
    else
      mul4(&abs_[16 * m->parents[b]], &rel[16 * b], &abs_[16 * b]);
    mul4(&abs_[16 * b], m->inv_base_absolutes[b], &T[16 * b]);
  }
  for (int b = 0; b < nb; b++)
    for (int v = 0; v < m->nverts; v++) {
      const double *x = m->base_positions + 3 * v;
      double w = m->weights[(long)b * m->nverts + v];
      for (int r = 0; r < 3; r++)
        pos[3 * v + r] += w * (T[16 * b + 4 * r] * x[0] + T[16 * b + 4 * r + 1] * x[1] +
                               T[16 * b + 4 * r + 2] * x[2] + T[16 * b + 4 * r + 3]);
    }
  adouble R[9];
  angle_axis(&pose[0], R);
  for (int i = 0; i < in->ncorr; i++) {
    const adouble *p = &pos[3 * in->corr[i]];
    for (int r = 0; r < 3; r++)
      err[3 * i + r] = in->points[3 * i + r] - (R[3 * r] * pose[3] * p[0] + R[3 * r + 1] * pose[4] * p[1] +
                                                R[3 * r + 2] * pose[5] * p[2] + pose[6 + r]);
  }
}

extern "C" void hand_adolc_record(short tag, const hand_instance *in) {
  adolc_record(tag, [&] {
    adouble theta[HAND_NTHETA];
    avec err(3 * in->ncorr);
    for (int j = 0; j < HAND_NTHETA; j++)
      theta[j] <<= in->theta[j];
    objective(in, theta, err.data());
    std::vector<double> y(3 * in->ncorr);
    for (int i = 0; i < 3 * in->ncorr; i++)
      err[i] >>= y[i];
  });
}

/* U is the 3N x 3N identity (row pointers), Z receives the 3N x 26 Jacobian rows. */
extern "C" void hand_adolc_jacobian(short tag, const hand_instance *in, double **U, double *y,
                                    double **Z) {
  int m = 3 * in->ncorr;
  zos_forward(tag, m, HAND_NTHETA, 1, in->theta, y);
  fov_reverse(tag, m, HAND_NTHETA, m, U, Z);
}

extern "C" long long hand_adolc_bytes(short tag) { return adolc_tape_bytes(tag); }
