/* Benchmark driver for ADBench LSTM: gradient w.r.t. the main and extra parameters, one run per data file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lstm.h"

double lstm_primal(const lstm_instance *in, double *state, double *ws);
void lstm_hand(const lstm_instance *in, double *state, double *tape, double *ws, double *g);
void lstm_grad_after(const lstm_instance *in, double *state, double *dstate, double *ws, double *dws, double *g);
void lstm_grad_before(const lstm_instance *in, double *state, double *dstate, double *ws, double *dws, double *g);
void lstm_adolc_record(short tag, const lstm_instance *in);
void lstm_adolc_grad(short tag, const lstm_instance *in, double *g);
long long lstm_adolc_bytes(short tag);

typedef struct {
  lstm_instance in;
  short tag;
  double *state, *dstate, *ws, *dws, *tape, *hws;
  long *cols, ncols;
} ctx_t;

/* read_instance: ADBench layout l c b, main params, extra params, state, sequence. */
static void read_instance(const char *path, int max_c, lstm_instance *in) {
  long count;
  double *v = bench_read_doubles(path, &count);
  in->l = (int)v[0], in->c = (int)v[1], in->b = (int)v[2];
  long np = LSTM_NPARAMS(in), ns = 2L * in->l * in->b, nq = (long)in->c * in->b;
  if (count != 3 + np + ns + nq || in->b > 64) {
    fprintf(stderr, "lstm: %s has %ld numbers, expected %ld (b <= 64)\n", path, count, 3 + np + ns + nq);
    exit(2);
  }
  in->theta = bench_alloc(np), in->state0 = bench_alloc(ns), in->sequence = bench_alloc(nq);
  memcpy(in->theta, v + 3, sizeof(double) * (size_t)np);
  memcpy(in->state0, v + 3 + np, sizeof(double) * (size_t)ns);
  memcpy(in->sequence, v + 3 + np + ns, sizeof(double) * (size_t)nq);
  if (in->c > max_c)
    in->c = max_c;
  free(v);
}

static void run_primal(void *c, double *v) { ctx_t *t = c; v[0] = lstm_primal(&t->in, t->state, t->ws); }
static void run_hand(void *c, double *g) { ctx_t *t = c; lstm_hand(&t->in, t->state, t->tape, t->hws, g); }
static void run_after(void *c, double *g) {
  ctx_t *t = c;
  lstm_grad_after(&t->in, t->state, t->dstate, t->ws, t->dws, g);
}
static void run_before(void *c, double *g) {
  ctx_t *t = c;
  lstm_grad_before(&t->in, t->state, t->dstate, t->ws, t->dws, g);
}
static void run_adolc(void *c, double *g) { lstm_adolc_grad(((ctx_t *)c)->tag, &((ctx_t *)c)->in, g); }
static double fd_value(void *c) { ctx_t *t = c; return lstm_primal(&t->in, t->state, t->ws); }
static void run_fd(void *c, double *g) {
  ctx_t *t = c;
  bench_fd_gradient(fd_value, c, t->in.theta, t->cols, t->ncols, 1.0, g);
}

static int run_file(const char *path, int quick, short tag) {
  ctx_t t = {0};
  t.tag = tag;
  read_instance(path, quick ? 64 : 1 << 30, &t.in);
  int l = t.in.l, b = t.in.b;
  long np = LSTM_NPARAMS(&t.in);
  t.state = bench_alloc(2L * l * b), t.dstate = bench_alloc(2L * l * b);
  t.ws = bench_alloc(6L * b), t.dws = bench_alloc(6L * b), t.hws = bench_alloc(6L * l * b + b);
  t.tape = bench_alloc((long)(t.in.c - 1) * l * 9 * b);
  t.ncols = bench_sample_cols(np, 64, &t.cols);
  lstm_adolc_record(t.tag, &t.in);
  char size[64], fdnote[64] = "";
  snprintf(size, sizeof size, "l%d c%d", l, t.in.c);
  if (t.ncols < np)
    snprintf(fdnote, sizeof fdnote, "est. from %ld of %ld entries", t.ncols, np);
  contender cs[] = {
      {.name = "hand", .fn = run_hand, .ctx = &t},
      {.name = "adjoint", .fn = run_after, .ctx = &t, .tol = 1e-9},
      {.name = "adjoint-before", .fn = run_before, .ctx = &t, .tol = 1e-9},
      {.name = "adolc", .fn = run_adolc, .ctx = &t, .tol = 1e-9, .extra_bytes = lstm_adolc_bytes(t.tag)},
      {.name = "fd", .fn = run_fd, .ctx = &t, .cols = t.cols, .ncols = t.ncols,
       .scale = (double)np / (double)t.ncols, .tol = 1e-4, .note = fdnote},
  };
  bench_problem p = {"lstm", size, np, quick, run_primal, &t};
  int failures = bench_run(&p, cs, (int)(sizeof cs / sizeof cs[0]));
  free(t.in.theta), free(t.in.state0), free(t.in.sequence), free(t.state), free(t.dstate);
  free(t.ws), free(t.dws), free(t.hws), free(t.tape), free(t.cols);
  return failures;
}

int main(int argc, char **argv) {
  int quick = bench_quick_flag(&argc, &argv), failures = 0;
  for (int i = 1; i < argc; i++)
    failures += run_file(argv[i], quick, (short)i);
  return failures ? 1 : 0;
}
