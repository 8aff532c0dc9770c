// ADOL-C contender for BA: the residuals recorded once as two small tapes, then per observation a forward sweep and a vector reverse sweep.
#include <cstring>

#include "adolc_util.h"

extern "C" {
#include "ba.h"
}

static void a_cross(const adouble *a, const adouble *b, adouble *out) {
  out[0] = a[1] * b[2] - a[2] * b[1];
  out[1] = a[2] * b[0] - a[0] * b[2];
  out[2] = a[0] * b[1] - a[1] * b[0];
}

/* Rodrigues rotation; the branch on theta is the one taken at recording time. */
static void a_rotate(const adouble *rot, const adouble *pt, adouble *out) {
  adouble sq = rot[0] * rot[0] + rot[1] * rot[1] + rot[2] * rot[2];
  adouble t[3];
  if (sq != 0) {
    adouble theta = sqrt(sq), c = cos(theta), s = sin(theta), w[3];
    for (int i = 0; i < 3; i++)
      w[i] = rot[i] / theta;
    a_cross(w, pt, t);
    adouble tmp = (w[0] * pt[0] + w[1] * pt[1] + w[2] * pt[2]) * (1.0 - c);
    for (int i = 0; i < 3; i++)
      out[i] = pt[i] * c + t[i] * s + w[i] * tmp;
  } else {
    a_cross(rot, pt, t);
    for (int i = 0; i < 3; i++)
      out[i] = pt[i] + t[i];
  }
}

/* x = camera (11), point (3), weight (1); feat is a constant of the tape. */
static void a_reproj(const adouble *x, const double *feat, adouble *err) {
  adouble Xo[3], Xc[3], p[2];
  for (int i = 0; i < 3; i++)
    Xo[i] = x[11 + i] - x[3 + i];
  a_rotate(x, Xo, Xc);
  p[0] = Xc[0] / Xc[2];
  p[1] = Xc[1] / Xc[2];
  adouble rsq = p[0] * p[0] + p[1] * p[1], L = 1.0 + x[9] * rsq + x[10] * rsq * rsq;
  for (int i = 0; i < 2; i++)
    err[i] = x[14] * (p[i] * L * x[6] + x[7 + i] - feat[i]);
}

static void gather(const ba_instance *in, int i, double *x) {
  memcpy(x, in->cams + 11 * in->obs[2 * i], sizeof(double) * 11);
  memcpy(x + 11, in->X + 3 * in->obs[2 * i + 1], sizeof(double) * 3);
  x[14] = in->w[i];
}

extern "C" void ba_adolc_record(short tag, const ba_instance *in) {
  double x[15], y[2];
  gather(in, 0, x);
  adolc_record(tag, [&] {
    adouble ax[15], err[2];
    for (int j = 0; j < 15; j++)
      ax[j] <<= x[j];
    a_reproj(ax, in->feats, err);
    err[0] >>= y[0];
    err[1] >>= y[1];
  });
  adolc_record(tag + 1, [&] {
    adouble w, e;
    w <<= x[14];
    e = 1 - w * w;
    e >>= y[0];
  });
}

/* The feature is the same constant in every observation of the ADBench data. */
extern "C" void ba_adolc_jacobian(short tag, const ba_instance *in, double *J) {
  static double eye[2][2] = {{1, 0}, {0, 1}}, one = 1;
  double *U[2] = {eye[0], eye[1]}, x[15], y[2], z[2][15], *Z[2] = {z[0], z[1]};
  for (int i = 0; i < in->p; i++) {
    gather(in, i, x);
    zos_forward(tag, 2, 15, 1, x, y);
    fov_reverse(tag, 2, 15, 2, U, Z);
    memcpy(J + (long)i * BA_BLOCK, z, sizeof z);
    zos_forward(tag + 1, 1, 1, 1, &x[14], y);
    fos_reverse(tag + 1, 1, 1, &one, &J[(long)in->p * BA_BLOCK + i]);
  }
}

extern "C" long long ba_adolc_bytes(short tag) { return adolc_tape_bytes(tag) + adolc_tape_bytes(tag + 1); }
