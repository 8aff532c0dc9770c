/* Benchmark driver for ADBench BA: the Jacobian of the reprojection and weight errors over the replicated observations. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ba.h"
#include "harness.h"

void ba_primal(const ba_instance *in, double *reproj, double *werr);
void ba_hand(const ba_instance *in, double *J);
void ba_fd(const ba_instance *in, double *J);
void ba_jacobian_after(const ba_instance *in, double *J);
void ba_jacobian_before(const ba_instance *in, double *J);
void ba_adolc_record(short tag, const ba_instance *in);
void ba_adolc_jacobian(short tag, const ba_instance *in, double *J);
long long ba_adolc_bytes(short tag);

typedef struct {
  ba_instance in;
  double *reproj, *werr;
  short tag;
} ctx_t;

/* read_instance: n m p, one camera, one point, one weight, one feature, replicated as ADBench does. */
static void read_instance(const char *path, int max_p, ba_instance *in) {
  long count;
  double *v = bench_read_doubles(path, &count);
  if (count != 3 + 11 + 3 + 1 + 2) {
    fprintf(stderr, "ba: %s has %ld numbers, expected 20\n", path, count);
    exit(2);
  }
  in->n = (int)v[0], in->m = (int)v[1], in->p = (int)v[2];
  if (in->p > max_p)
    in->p = max_p;
  in->cams = bench_alloc(11L * in->n), in->X = bench_alloc(3L * in->m);
  in->w = bench_alloc(in->p), in->feats = bench_alloc(2L * in->p);
  in->obs = malloc(sizeof(int) * 2 * (size_t)in->p);
  for (int i = 0; i < in->n; i++)
    memcpy(in->cams + 11L * i, v + 3, sizeof(double) * 11);
  for (int i = 0; i < in->m; i++)
    memcpy(in->X + 3L * i, v + 14, sizeof(double) * 3);
  for (int i = 0; i < in->p; i++) {
    in->w[i] = v[17];
    in->feats[2 * i] = v[18], in->feats[2 * i + 1] = v[19];
    in->obs[2 * i] = i % in->n, in->obs[2 * i + 1] = i % in->m;
  }
  free(v);
}

static void run_primal(void *c, double *v) {
  ctx_t *t = c;
  ba_primal(&t->in, t->reproj, t->werr);
  v[0] = t->reproj[0];
}
static void run_hand(void *c, double *J) { ba_hand(&((ctx_t *)c)->in, J); }
static void run_after(void *c, double *J) { ba_jacobian_after(&((ctx_t *)c)->in, J); }
static void run_before(void *c, double *J) { ba_jacobian_before(&((ctx_t *)c)->in, J); }
static void run_adolc(void *c, double *J) { ba_adolc_jacobian(((ctx_t *)c)->tag, &((ctx_t *)c)->in, J); }
static void run_fd(void *c, double *J) { ba_fd(&((ctx_t *)c)->in, J); }

static int run_file(const char *path, int quick, short tag) {
  ctx_t t = {.tag = tag};
  read_instance(path, quick ? 100 : 1 << 30, &t.in);
  t.reproj = bench_alloc(2L * t.in.p), t.werr = bench_alloc(t.in.p);
  ba_adolc_record(tag, &t.in);
  char size[64];
  const char *base = strrchr(path, '/');
  snprintf(size, sizeof size, "%.3s p=%d", base ? base + 1 : path, t.in.p);
  contender cs[] = {
      {.name = "hand", .fn = run_hand, .ctx = &t},
      {.name = "adjoint", .fn = run_after, .ctx = &t, .tol = 1e-9},
      {.name = "adjoint-before", .fn = run_before, .ctx = &t, .tol = 1e-9},
      {.name = "adolc", .fn = run_adolc, .ctx = &t, .tol = 1e-9, .extra_bytes = ba_adolc_bytes(tag)},
      {.name = "fd", .fn = run_fd, .ctx = &t, .tol = 1e-4},
  };
  bench_problem p = {"ba", size, BA_JAC_LEN(&t.in), quick, run_primal, &t};
  int failures = bench_run(&p, cs, (int)(sizeof cs / sizeof cs[0]));
  free(t.in.cams), free(t.in.X), free(t.in.w), free(t.in.feats), free(t.in.obs);
  free(t.reproj), free(t.werr);
  return failures;
}

int main(int argc, char **argv) {
  int quick = bench_quick_flag(&argc, &argv), failures = 0;
  for (int i = 1; i < argc; i++)
    failures += run_file(argv[i], quick, (short)(2 * i));
  return failures ? 1 : 0;
}
