/* ADBench's hand-tracking objective ("simple": 26 parameters) in plain C with caller-provided scratch. */
#ifndef HAND_KERNEL_H
#define HAND_KERNEL_H
#include <math.h>

#include "handmodel.h"
#include "variant.h"

/* C = A B for row-major 4x4 matrices. External linkage (named per build variant): as an
 * internal function it stays out of line, becomes fastcc and trips a plugin bug. */
#define hand_mat4_mul VNAME(hand_mat4_mul)
void hand_mat4_mul(const double *A, const double *B, double *C);
void hand_mat4_mul(const double *A, const double *B, double *C) {
  for (int r = 0; r < 4; r++)
    for (int c = 0; c < 4; c++) {
      double s = 0;
      for (int k = 0; k < 4; k++)
        s += A[4 * r + k] * B[4 * k + c];
      C[4 * r + c] = s;
    }
}

/* R = Rz(xzy[1]) Ry(xzy[2]) Rx(xzy[0]) into the rotation block of the row-major 4x4 tr. */
static void hand_euler_to_tr(const double *xzy, double *tr) {
  double cx = cos(xzy[0]), sx = sin(xzy[0]), cy = cos(xzy[2]), sy = sin(xzy[2]);
  double cz = cos(xzy[1]), sz = sin(xzy[1]);
  double R[9] = {cz * cy, cz * sy * sx - sz * cx, cz * sy * cx + sz * sx,
                 sz * cy, sz * sy * sx + cz * cx, sz * sy * cx - cz * sx,
                 -sy,     cy * sx,                cy * cx};
  for (int r = 0; r < 4; r++)
    for (int c = 0; c < 4; c++)
      tr[4 * r + c] = r < 3 && c < 3 ? R[3 * r + c] : (r == c ? 1.0 : 0.0);
}

/* Rodrigues formula for an angle-axis vector (identity below ADBench's 1e-4 tolerance). */
static void hand_angle_axis_to_R(const double *aa, double *R) {
  double n = sqrt(aa[0] * aa[0] + aa[1] * aa[1] + aa[2] * aa[2]);
  if (n < 1e-4) {
    for (int i = 0; i < 9; i++)
      R[i] = i % 4 == 0 ? 1.0 : 0.0;
    return;
  }
  double x = aa[0] / n, y = aa[1] / n, z = aa[2] / n, s = sin(n), c = cos(n);
  R[0] = x * x + (1 - x * x) * c, R[1] = x * y * (1 - c) - z * s, R[2] = x * z * (1 - c) + y * s;
  R[3] = x * y * (1 - c) + z * s, R[4] = y * y + (1 - y * y) * c, R[5] = y * z * (1 - c) - x * s;
  R[6] = x * z * (1 - c) - y * s, R[7] = z * y * (1 - c) + x * s, R[8] = z * z + (1 - z * z) * c;
}

/* pose is 3 x (nbones+3), column j at pose + 3j: rotation, scale, translation, then one per
 * bone. Bones 2+4f, 3+4f, 4+4f of finger f take an x angle, the first also a z angle (ADBench's
 * to_pose_params); every entry is written once, so no zero fill (memset) is needed. */
static void hand_to_pose_params(const double *theta, int nbones, double *pose) {
  for (int i = 0; i < 3; i++) {
    pose[i] = theta[i];
    pose[3 + i] = 1.0;
    pose[6 + i] = theta[3 + i];
  }
  int it = 6;
  for (int b = 0; b < nbones; b++) {
    double *col = pose + 3 * (b + 3);
    int has = b >= 2 && b < 22 && (b - 2) % 4 < 3;
    col[0] = has ? theta[it++] : 0.0;
    col[1] = has && (b - 2) % 4 == 0 ? theta[it++] : 0.0;
    col[2] = 0.0;
  }
}

/* Bone transforms: absolute(bone) * inverse base absolute(bone), 16 doubles per bone. */
static void hand_bone_transforms(const hand_model *m, const double *pose, double *rel,
                                 double *abs_, double *transforms) {
  for (int b = 0; b < m->nbones; b++) {
    double tr[16];
    hand_euler_to_tr(pose + 3 * (b + 3), tr);
    hand_mat4_mul(m->base_relatives[b], tr, rel + 16 * b);
    if (m->parents[b] == -1)
      for (int i = 0; i < 16; i++)
        abs_[16 * b + i] = rel[16 * b + i];
    else
      hand_mat4_mul(abs_ + 16 * m->parents[b], rel + 16 * b, abs_ + 16 * b);
    hand_mat4_mul(abs_ + 16 * b, m->inv_base_absolutes[b], transforms + 16 * b);
  }
}

/* Linear blend skinning of every vertex (sum over bones of weight * transform * vertex), then
 * the global rotation, scale and translation. */
static void hand_skin(const hand_model *m, const double *pose, const double *transforms,
                      double *pos) {
  double R[9];
  hand_angle_axis_to_R(pose, R);
  for (int v = 0; v < m->nverts; v++) {
    const double *x = m->base_positions + 3 * v;
    double p0 = 0, p1 = 0, p2 = 0; /* scalars: a zeroed local array would become a memset */
    for (int b = 0; b < m->nbones; b++) {
      const double *T = transforms + 16 * b;
      double w = m->weights[(long)b * m->nverts + v];
      p0 += w * (T[0] * x[0] + T[1] * x[1] + T[2] * x[2] + T[3]);
      p1 += w * (T[4] * x[0] + T[5] * x[1] + T[6] * x[2] + T[7]);
      p2 += w * (T[8] * x[0] + T[9] * x[1] + T[10] * x[2] + T[11]);
    }
    for (int r = 0; r < 3; r++)
      pos[3 * v + r] = R[3 * r] * pose[3] * p0 + R[3 * r + 1] * pose[4] * p1 +
                       R[3 * r + 2] * pose[5] * p2 + pose[6 + r];
  }
}

/* err[3i + j] = points[i][j] - skinned vertex corr[i], coordinate j. */
static void hand_objective(const double *theta, const hand_model *m, int ncorr, const int *corr,
                           const double *points, double *err, double *ws) {
  double *pose = ws, *rel = pose + 3 * (m->nbones + 3), *abs_ = rel + 16 * m->nbones;
  double *transforms = abs_ + 16 * m->nbones, *pos = transforms + 16 * m->nbones;
  hand_to_pose_params(theta, m->nbones, pose);
  hand_bone_transforms(m, pose, rel, abs_, transforms);
  hand_skin(m, pose, transforms, pos);
  for (int i = 0; i < ncorr; i++)
    for (int j = 0; j < 3; j++)
      err[3 * i + j] = points[3 * i + j] - pos[3 * corr[i] + j];
}
#endif
