/* Benchmark driver for the sin-exp objective with K = 10^5 terms and 10 parameters. */
#include <stdio.h>

#include "harness.h"

double sinexp_primal(const double *p, long K);
void sinexp_hand(const double *p, double *g, long K);
void sinexp_grad_after(const double *p, double *g, long K);
void sinexp_grad_before(const double *p, double *g, long K);
void sinexp_adolc_record(short tag, const double *p, long K);
void sinexp_adolc_grad(short tag, const double *p, double *g);
long long sinexp_adolc_bytes(short tag);

typedef struct {
  double p[10];
  long K;
} ctx_t;

static void run_primal(void *c, double *out) { out[0] = sinexp_primal(((ctx_t *)c)->p, ((ctx_t *)c)->K); }
static void run_hand(void *c, double *g) { sinexp_hand(((ctx_t *)c)->p, g, ((ctx_t *)c)->K); }
static void run_after(void *c, double *g) { sinexp_grad_after(((ctx_t *)c)->p, g, ((ctx_t *)c)->K); }
static void run_before(void *c, double *g) { sinexp_grad_before(((ctx_t *)c)->p, g, ((ctx_t *)c)->K); }
static void run_adolc(void *c, double *g) { sinexp_adolc_grad(1, ((ctx_t *)c)->p, g); }
static double fd_value(void *c) { return sinexp_primal(((ctx_t *)c)->p, ((ctx_t *)c)->K); }
static void run_fd(void *c, double *g) { bench_fd_gradient(fd_value, c, ((ctx_t *)c)->p, NULL, 10, 1.0 / (double)((ctx_t *)c)->K, g); }

int main(int argc, char **argv) {
  int quick = bench_quick_flag(&argc, &argv);
  ctx_t t = {{0.3, 0.7, 1.1, 1.3, 1.7, 1e-5, 2e-5, 3e-5, 4e-5, 5e-5}, quick ? 1000 : 100000};
  sinexp_adolc_record(1, t.p, t.K);
  char size[32];
  snprintf(size, sizeof size, "K=%ld", t.K);
  contender cs[] = {
      {.name = "hand", .fn = run_hand, .ctx = &t},
      {.name = "adjoint", .fn = run_after, .ctx = &t, .tol = 1e-9},
      {.name = "adjoint-before", .fn = run_before, .ctx = &t, .tol = 1e-9},
      {.name = "adolc", .fn = run_adolc, .ctx = &t, .tol = 1e-9, .extra_bytes = sinexp_adolc_bytes(1)},
      {.name = "fd", .fn = run_fd, .ctx = &t, .tol = 1e-3},
  };
  bench_problem p = {"sinexp", size, 10, quick, run_primal, &t};
  return bench_run(&p, cs, (int)(sizeof cs / sizeof cs[0])) ? 1 : 0;
}
