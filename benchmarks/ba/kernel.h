/* ADBench's bundle-adjustment residuals in plain C: reprojection error of one observation and the weight error. */
#ifndef BA_KERNEL_H
#define BA_KERNEL_H
#include <math.h>

/* Camera layout: rotation (Rodrigues, 3), centre (3), focal (1), principal point (2), radial (2). */
enum { BA_ROT = 0, BA_C = 3, BA_F = 6, BA_X0 = 7, BA_RAD = 9, BA_NCAM = 11 };

static double ba_sqsum(int n, const double *x) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += x[i] * x[i];
  return s;
}

static void ba_cross(const double *a, const double *b, double *out) {
  out[0] = a[1] * b[2] - a[2] * b[1];
  out[1] = a[2] * b[0] - a[0] * b[2];
  out[2] = a[0] * b[1] - a[1] * b[0];
}

static void ba_rodrigues_rotate_point(const double *rot, const double *pt, double *rotated) {
  double sqtheta = ba_sqsum(3, rot);
  if (sqtheta != 0) {
    double theta = sqrt(sqtheta), costheta = cos(theta), sintheta = sin(theta);
    double theta_inverse = 1.0 / theta, w[3], w_cross_pt[3];
    for (int i = 0; i < 3; i++)
      w[i] = rot[i] * theta_inverse;
    ba_cross(w, pt, w_cross_pt);
    double tmp = (w[0] * pt[0] + w[1] * pt[1] + w[2] * pt[2]) * (1.0 - costheta);
    for (int i = 0; i < 3; i++)
      rotated[i] = pt[i] * costheta + w_cross_pt[i] * sintheta + w[i] * tmp;
  } else {
    double rot_cross_pt[3];
    ba_cross(rot, pt, rot_cross_pt);
    for (int i = 0; i < 3; i++)
      rotated[i] = pt[i] + rot_cross_pt[i];
  }
}

static void ba_radial_distort(const double *rad, double *proj) {
  double rsq = ba_sqsum(2, proj), L = 1.0 + rad[0] * rsq + rad[1] * rsq * rsq;
  proj[0] *= L;
  proj[1] *= L;
}

static void ba_project(const double *cam, const double *X, double *proj) {
  double Xo[3], Xcam[3];
  for (int i = 0; i < 3; i++)
    Xo[i] = X[i] - cam[BA_C + i];
  ba_rodrigues_rotate_point(&cam[BA_ROT], Xo, Xcam);
  proj[0] = Xcam[0] / Xcam[2];
  proj[1] = Xcam[1] / Xcam[2];
  ba_radial_distort(&cam[BA_RAD], proj);
  proj[0] = proj[0] * cam[BA_F] + cam[BA_X0];
  proj[1] = proj[1] * cam[BA_F] + cam[BA_X0 + 1];
}

static void ba_reproj_error(const double *cam, const double *X, const double *w,
                            const double *feat, double *err) {
  double proj[2];
  ba_project(cam, X, proj);
  err[0] = (*w) * (proj[0] - feat[0]);
  err[1] = (*w) * (proj[1] - feat[1]);
}

static void ba_weight_error(const double *w, double *err) { *err = 1 - (*w) * (*w); }
#endif
