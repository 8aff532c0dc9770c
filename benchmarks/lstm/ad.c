/* Gradient of the LSTM objective by the Adjoint plugin (built once per variant); state and scratch are duplicated. */
#include <adjoint.h>

#include "kernel.h"
#include "lstm.h"
#include "variant.h"

/* state (2lb), dstate (2lb), ws (6b), dws (6b) are caller scratch. */
void VNAME(lstm_grad)(const lstm_instance *in, double *state, double *dstate, double *ws,
                      double *dws, double *g) {
  int l = in->l, b = in->b;
  for (long i = 0; i < LSTM_NPARAMS(in); i++)
    g[i] = 0;
  for (int i = 0; i < 2 * l * b; i++) {
    state[i] = in->state0[i];
    dstate[i] = 0;
  }
  for (int i = 0; i < 6 * b; i++)
    dws[i] = 0;
  __enzyme_autodiff_void((void *)lstm_objective, enzyme_const, l, enzyme_const, in->c,
                         enzyme_const, b, enzyme_dup, in->theta, g, enzyme_dup,
                         LSTM_EXTRA(in, in->theta), LSTM_EXTRA(in, g), enzyme_dup, state, dstate,
                         enzyme_const, in->sequence, enzyme_dup, ws, dws);
}
