/* Gradient of the GMM objective by the Adjoint plugin (built once per variant); the scratch array is duplicated. */
#include <adjoint.h>

#include "gmm.h"
#include "kernel.h"
#include "variant.h"

void VNAME(gmm_grad)(const gmm_instance *in, double *ws, double *dws, double *g) {
  long np = GMM_NPARAMS(in), nws = gmm_ws_size(in->d, in->k);
  for (long i = 0; i < np; i++)
    g[i] = 0;
  for (long i = 0; i < nws; i++)
    dws[i] = 0;
  const double *t = in->theta;
  __enzyme_autodiff_void((void *)gmm_objective, enzyme_const, in->d, enzyme_const, in->k,
                         enzyme_const, in->n, enzyme_dup, GMM_ALPHAS(in, t), GMM_ALPHAS(in, g),
                         enzyme_dup, GMM_MEANS(in, t), GMM_MEANS(in, g), enzyme_dup,
                         GMM_ICF(in, t), GMM_ICF(in, g), enzyme_const, in->x, enzyme_const,
                         in->gamma, enzyme_const, in->m, enzyme_dup, ws, dws);
}
