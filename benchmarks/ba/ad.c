/* BA Jacobian by the Adjoint plugin: one reverse sweep per residual row (two per reprojection block, one per weight error). */
#include <adjoint.h>

#include "ba.h"
#include "kernel.h"
#include "variant.h"

void VNAME(ba_jacobian)(const ba_instance *in, double *J) {
  for (long i = 0; i < BA_JAC_LEN(in); i++)
    J[i] = 0;
  for (int i = 0; i < in->p; i++) {
    const double *cam = in->cams + BA_NCAM * in->obs[2 * i], *X = in->X + 3 * in->obs[2 * i + 1];
    for (int r = 0; r < 2; r++) {
      double *row = J + (long)i * BA_BLOCK + 15 * r, err[2], derr[2] = {0, 0};
      derr[r] = 1;
      __enzyme_autodiff_void((void *)ba_reproj_error, enzyme_dup, cam, row, enzyme_dup, X,
                             row + 11, enzyme_dup, &in->w[i], row + 14, enzyme_const,
                             &in->feats[2 * i], enzyme_dupnoneed, err, derr);
    }
    double e, de = 1;
    __enzyme_autodiff_void((void *)ba_weight_error, enzyme_dup, &in->w[i],
                           &J[(long)in->p * BA_BLOCK + i], enzyme_dupnoneed, &e, &de);
  }
}
