/* Benchmark driver for f(x) = sum tanh(x_i)^3 + x.x at n = 50 and n = 10^6. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

double tanh_primal(const double *x, long n);
void tanh_hand(const double *x, double *g, long n);
void tanh_grad_after(const double *x, double *g, long n);
void tanh_grad_before(const double *x, double *g, long n);
void tanh_adolc_record(short tag, const double *x, long n);
void tanh_adolc_grad(short tag, const double *x, double *g, long n);
long long tanh_adolc_bytes(short tag);

typedef struct {
  double *x;
  long n, *cols, ncols;
  short tag;
} ctx_t;

static void run_primal(void *c, double *out) {
  ctx_t *t = c;
  out[0] = tanh_primal(t->x, t->n);
}
static void run_hand(void *c, double *g) { tanh_hand(((ctx_t *)c)->x, g, ((ctx_t *)c)->n); }
static void run_after(void *c, double *g) { tanh_grad_after(((ctx_t *)c)->x, g, ((ctx_t *)c)->n); }
static void run_before(void *c, double *g) { tanh_grad_before(((ctx_t *)c)->x, g, ((ctx_t *)c)->n); }
static void run_adolc(void *c, double *g) {
  ctx_t *t = c;
  tanh_adolc_grad(t->tag, t->x, g, t->n);
}
static double fd_value(void *c) { return tanh_primal(((ctx_t *)c)->x, ((ctx_t *)c)->n); }
static void run_fd(void *c, double *g) {
  ctx_t *t = c;
  bench_fd_gradient(fd_value, c, t->x, t->cols, t->ncols, 1.0, g);
}

/* run_size: benchmarks one n; returns the number of failed checks. */
static int run_size(long n, int quick, short tag) {
  ctx_t t = {bench_alloc(n), n, NULL, 0, tag};
  for (long i = 0; i < n; i++)
    t.x[i] = 0.5 * sin(0.37 * (double)i) + 0.1;
  t.ncols = bench_sample_cols(n, 64, &t.cols);
  tanh_adolc_record(tag, t.x, n);
  char size[32], fdnote[64] = "";
  snprintf(size, sizeof size, "n=%ld", n);
  if (t.ncols < n)
    snprintf(fdnote, sizeof fdnote, "est. from %ld of %ld entries", t.ncols, n);
  contender cs[] = {
      {.name = "hand", .fn = run_hand, .ctx = &t},
      {.name = "adjoint", .fn = run_after, .ctx = &t, .tol = 1e-9},
      {.name = "adjoint-before", .fn = run_before, .ctx = &t, .tol = 1e-9},
      {.name = "adolc", .fn = run_adolc, .ctx = &t, .tol = 1e-9,
       .extra_bytes = tanh_adolc_bytes(tag)},
      {.name = "fd", .fn = run_fd, .ctx = &t, .cols = t.cols, .ncols = t.ncols,
       .scale = (double)n / (double)t.ncols, .tol = 1e-4, .note = fdnote},
  };
  bench_problem p = {"tanh", size, n, quick, run_primal, &t};
  int failures = bench_run(&p, cs, (int)(sizeof cs / sizeof cs[0]));
  free(t.x);
  free(t.cols);
  return failures;
}

int main(int argc, char **argv) {
  int quick = bench_quick_flag(&argc, &argv);
  int failures = run_size(50, quick, 1);
  failures += run_size(quick ? 1000 : 1000000, quick, 2);
  return failures ? 1 : 0;
}
