/* Benchmark driver for ADBench GMM: gradient w.r.t. alphas, means and icf, one run per data file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gmm.h"
#include "harness.h"

double gmm_primal(const gmm_instance *in, double *ws);
void gmm_hand(const gmm_instance *in, double *Qd, double *ws2, double *g);
void gmm_grad_after(const gmm_instance *in, double *ws, double *dws, double *g);
void gmm_grad_before(const gmm_instance *in, double *ws, double *dws, double *g);
void gmm_adolc_record(short tag, const gmm_instance *in);
void gmm_adolc_grad(short tag, const gmm_instance *in, double *g);
long long gmm_adolc_bytes(short tag);

/* Above this many taped operations (n*k*d^2) ADOL-C is not run. */
#define ADOLC_MAX_WORK 5e7

typedef struct {
  gmm_instance in;
  short tag;
  double *ws, *dws, *ws2;
  long *cols, ncols;
} ctx_t;

/* read_instance: ADBench layout D K N, alphas, means, icf, points, gamma m. */
static void read_instance(const char *path, long max_n, gmm_instance *in) {
  long count;
  double *v = bench_read_doubles(path, &count);
  in->d = (int)v[0], in->k = (int)v[1], in->n = (int)v[2];
  long np = GMM_NPARAMS(in), nx = (long)in->n * in->d;
  if (count != 3 + np + nx + 2) {
    fprintf(stderr, "gmm: %s has %ld numbers, expected %ld\n", path, count, 3 + np + nx + 2);
    exit(2);
  }
  in->theta = bench_alloc(np);
  in->x = bench_alloc(nx);
  memcpy(in->theta, v + 3, sizeof(double) * (size_t)np);
  memcpy(in->x, v + 3 + np, sizeof(double) * (size_t)nx);
  in->gamma = v[3 + np + nx];
  in->m = (int)v[4 + np + nx];
  if (in->n > max_n)
    in->n = (int)max_n;
  free(v);
}

static void run_primal(void *c, double *v) { v[0] = gmm_primal(&((ctx_t *)c)->in, ((ctx_t *)c)->ws); }
static void run_hand(void *c, double *g) { ctx_t *t = c; gmm_hand(&t->in, t->ws, t->ws2, g); }
static void run_after(void *c, double *g) { ctx_t *t = c; gmm_grad_after(&t->in, t->ws, t->dws, g); }
static void run_before(void *c, double *g) { ctx_t *t = c; gmm_grad_before(&t->in, t->ws, t->dws, g); }
static void run_adolc(void *c, double *g) { gmm_adolc_grad(((ctx_t *)c)->tag, &((ctx_t *)c)->in, g); }
static double fd_value(void *c) { return gmm_primal(&((ctx_t *)c)->in, ((ctx_t *)c)->ws); }
static void run_fd(void *c, double *g) {
  ctx_t *t = c;
  bench_fd_gradient(fd_value, c, t->in.theta, t->cols, t->ncols, 1.0, g);
}

static int run_file(const char *path, int quick, short tag) {
  ctx_t t = {0};
  t.tag = tag;
  read_instance(path, quick ? 100 : 1L << 30, &t.in);
  int d = t.in.d, k = t.in.k;
  long np = GMM_NPARAMS(&t.in), nws = (long)d * k + k + 2L * d + k;
  t.ws = bench_alloc(nws), t.dws = bench_alloc(nws), t.ws2 = bench_alloc(k + (long)k * d + 2L * d);
  t.ncols = bench_sample_cols(np, 64, &t.cols);
  int adolc = (double)t.in.n * k * d * d <= ADOLC_MAX_WORK;
  if (adolc)
    gmm_adolc_record(t.tag, &t.in);
  char size[64], fdnote[64] = "";
  snprintf(size, sizeof size, "%dk d%d K%d", t.in.n / 1000, d, k);
  if (quick)
    snprintf(size, sizeof size, "n%d d%d K%d", t.in.n, d, k);
  if (t.ncols < np)
    snprintf(fdnote, sizeof fdnote, "est. from %ld of %ld entries", t.ncols, np);
  contender cs[] = {
      {.name = "hand", .fn = run_hand, .ctx = &t},
      {.name = "adjoint", .fn = run_after, .ctx = &t, .tol = 1e-9},
      {.name = "adjoint-before", .fn = run_before, .ctx = &t, .tol = 1e-9},
      {.name = "adolc", .fn = run_adolc, .ctx = &t, .tol = 1e-9,
       .skip = adolc ? NULL : "not run: tape too large for the time budget",
       .extra_bytes = adolc ? gmm_adolc_bytes(t.tag) : 0},
      {.name = "fd", .fn = run_fd, .ctx = &t, .cols = t.cols, .ncols = t.ncols,
       .scale = (double)np / (double)t.ncols, .tol = 1e-4, .note = fdnote},
  };
  bench_problem p = {"gmm", size, np, quick, run_primal, &t};
  int failures = bench_run(&p, cs, (int)(sizeof cs / sizeof cs[0]));
  free(t.in.theta), free(t.in.x), free(t.ws), free(t.dws), free(t.ws2), free(t.cols);
  return failures;
}

int main(int argc, char **argv) {
  int quick = bench_quick_flag(&argc, &argv), failures = 0;
  for (int i = 1; i < argc; i++)
    failures += run_file(argv[i], quick, (short)i);
  return failures ? 1 : 0;
}
