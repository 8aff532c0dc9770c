/* Benchmark driver for the gradient of sum_i w_i out_i, out = in / |in|, at n = 10^3, 10^4, 10^5. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

void normalize_primal(double *out, const double *in, long n);
void normalize_hand(const double *x, const double *w, double *g, long n);
void normalize_grad_after(const double *x, const double *w, double *out, double *dout, double *g, long n);
void normalize_grad_before(const double *x, const double *w, double *out, double *dout, double *g, long n);
void normalize_adolc_record(short tag, const double *x, long n);
void normalize_adolc_grad(short tag, const double *x, const double *w, double *out, double *g, long n);
long long normalize_adolc_bytes(short tag);

/* Largest n at which the O(n^2) variants (no hoisting of mag) are still run. */
#define QUADRATIC_MAX_N 10000
#define ADOLC_MAX_N 1000

typedef struct {
  double *x, *w, *out, *dout;
  long n, *cols, ncols;
} ctx_t;

static void run_primal(void *c, double *v) {
  ctx_t *t = c;
  normalize_primal(t->out, t->x, t->n);
  v[0] = t->out[0];
}
static void run_hand(void *c, double *g) { ctx_t *t = c; normalize_hand(t->x, t->w, g, t->n); }
static void run_after(void *c, double *g) {
  ctx_t *t = c;
  normalize_grad_after(t->x, t->w, t->out, t->dout, g, t->n);
}
static void run_before(void *c, double *g) {
  ctx_t *t = c;
  normalize_grad_before(t->x, t->w, t->out, t->dout, g, t->n);
}
static void run_adolc(void *c, double *g) {
  ctx_t *t = c;
  normalize_adolc_grad(1, t->x, t->w, t->out, g, t->n);
}
static double fd_value(void *c) {
  ctx_t *t = c;
  normalize_primal(t->out, t->x, t->n);
  double s = 0;
  for (long i = 0; i < t->n; i++)
    s += t->w[i] * t->out[i];
  return s;
}
static void run_fd(void *c, double *g) {
  ctx_t *t = c;
  bench_fd_gradient(fd_value, c, t->x, t->cols, t->ncols, 1.0, g);
}

static int run_size(long n, int quick) {
  ctx_t t = {bench_alloc(n), bench_alloc(n), bench_alloc(n), bench_alloc(n), n, NULL, 0};
  for (long i = 0; i < n; i++) {
    t.x[i] = 1.0 + 0.5 * sin(0.1 * (double)i);
    t.w[i] = cos(0.3 * (double)i);
  }
  t.ncols = bench_sample_cols(n, 64, &t.cols);
  char size[32], fdnote[64] = "";
  snprintf(size, sizeof size, "n=%ld", n);
  if (t.ncols < n)
    snprintf(fdnote, sizeof fdnote, "est. from %ld of %ld entries", t.ncols, n);
  if (n <= ADOLC_MAX_N)
    normalize_adolc_record(1, t.x, n);
  contender cs[] = {
      {.name = "hand", .fn = run_hand, .ctx = &t},
      {.name = "adjoint", .fn = run_after, .ctx = &t, .tol = 1e-9},
      {.name = "adjoint-before", .fn = run_before, .ctx = &t, .tol = 1e-9,
       .skip = n > QUADRATIC_MAX_N ? "not run: O(n^2) time and tape (mag re-taped per element)" : NULL},
      {.name = "adolc", .fn = run_adolc, .ctx = &t, .tol = 1e-9,
       .skip = n > ADOLC_MAX_N ? "not run: the tape holds n^2 operations (mag re-recorded per element)" : NULL,
       .extra_bytes = n <= ADOLC_MAX_N ? normalize_adolc_bytes(1) : 0},
      {.name = "fd", .fn = run_fd, .ctx = &t, .cols = t.cols, .ncols = t.ncols,
       .scale = (double)n / (double)t.ncols, .tol = 1e-4, .note = fdnote},
  };
  bench_problem p = {"normalize", size, n, quick, run_primal, &t};
  int failures = bench_run(&p, cs, (int)(sizeof cs / sizeof cs[0]));
  free(t.x), free(t.w), free(t.out), free(t.dout), free(t.cols);
  return failures;
}

int main(int argc, char **argv) {
  int quick = bench_quick_flag(&argc, &argv);
  int failures = 0;
  for (long n = quick ? 100 : 1000; n <= (quick ? 1000 : 100000); n *= 10)
    failures += run_size(n, quick);
  return failures ? 1 : 0;
}
