/* Hand Jacobian (3N x 26) by the Adjoint plugin: one reverse sweep per residual row. */
#include <adjoint.h>

#include "handmodel.h"
#include "kernel.h"
#include "variant.h"

/* J is row-major 3N x 26; err (3N), derr (3N), ws and dws are caller scratch. */
void VNAME(hand_jacobian)(const hand_instance *in, double *err, double *derr, double *ws,
                          double *dws, double *J) {
  long nr = 3L * in->ncorr, nws = HAND_WS_LEN(&in->model);
  for (long r = 0; r < nr; r++) {
    double *row = J + r * HAND_NTHETA;
    for (int j = 0; j < HAND_NTHETA; j++)
      row[j] = 0;
    for (long i = 0; i < nr; i++)
      derr[i] = i == r;
    for (long i = 0; i < nws; i++)
      dws[i] = 0;
    __enzyme_autodiff_void((void *)hand_objective, enzyme_dup, in->theta, row, enzyme_const,
                           &in->model, enzyme_const, in->ncorr, enzyme_const, in->corr,
                           enzyme_const, in->points, enzyme_dupnoneed, err, derr, enzyme_dup, ws,
                           dws);
  }
}
