/* Implements the benchmark harness: calibrated timing loops, gradient checks and the RESULT/CHECK output lines. */
#include "harness.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MIN_SAMPLE_SECONDS 0.2
#define SAMPLES 5

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double run_reps(bench_fn fn, void *ctx, double *out, long reps) {
  double t0 = now();
  for (long r = 0; r < reps; r++)
    fn(ctx, out);
  return now() - t0;
}

double bench_time(bench_fn fn, void *ctx, double *out) {
  long reps = 1;
  double t = run_reps(fn, ctx, out, reps);
  while (t < MIN_SAMPLE_SECONDS) {
    double want = t > 0 ? 1.2 * MIN_SAMPLE_SECONDS / t * (double)reps : 2.0 * (double)reps;
    long next = (long)ceil(want);
    reps = next > 2 * reps ? next : 2 * reps;
    t = run_reps(fn, ctx, out, reps);
  }
  double best = t / (double)reps;
  for (int s = 1; s < SAMPLES; s++) {
    double ts = run_reps(fn, ctx, out, reps) / (double)reps;
    if (ts < best)
      best = ts;
  }
  return best;
}

double bench_relerr(const double *a, const double *r, long n, const long *cols, long ncols) {
  double scale = 0, worst = 0;
  for (long i = 0; i < n; i++)
    scale = fmax(scale, fabs(r[i]));
  long m = cols ? ncols : n;
  for (long k = 0; k < m; k++) {
    long i = cols ? cols[k] : k;
    double den = fmax(fabs(r[i]), 1e-3 * scale);
    double e = den > 0 ? fabs(a[i] - r[i]) / den : fabs(a[i]);
    if (!(e <= worst)) /* also catches NaN */
      worst = isnan(e) ? INFINITY : e;
  }
  return worst;
}

long bench_sample_cols(long n, long max_cols, long **cols) {
  long m = n < max_cols ? n : max_cols;
  *cols = malloc(sizeof(long) * (size_t)m);
  for (long k = 0; k < m; k++)
    (*cols)[k] = m == n ? k : (long)((double)k * (double)(n - 1) / (double)(m - 1));
  return m;
}

int bench_quick_flag(int *argc, char ***argv) {
  if (*argc > 1 && strcmp((*argv)[1], "--quick") == 0) {
    (*argv)[1] = (*argv)[0];
    (*argc)--;
    (*argv)++;
    return 1;
  }
  return 0;
}

void bench_fd_gradient(double (*f)(void *), void *ctx, double *x, const long *cols,
                       long ncols, double hscale, double *g) {
  for (long k = 0; k < ncols; k++) {
    long j = cols ? cols[k] : k;
    double xj = x[j], h = 6e-6 * hscale * fmax(1.0, fabs(xj));
    x[j] = xj + h;
    double fp = f(ctx);
    x[j] = xj - h;
    double fm = f(ctx);
    x[j] = xj;
    g[j] = (fp - fm) / (2 * h);
  }
}

double *bench_alloc(long n) {
  double *p = calloc((size_t)(n > 0 ? n : 1), sizeof(double));
  if (!p) {
    fprintf(stderr, "bench: out of memory (%ld doubles)\n", n);
    exit(2);
  }
  return p;
}

double *bench_read_doubles(const char *path, long *count) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "bench: cannot open %s\n", path);
    exit(2);
  }
  long cap = 1024, n = 0;
  double *v = malloc(sizeof(double) * (size_t)cap), x;
  while (fscanf(f, "%lf", &x) == 1) {
    if (n == cap)
      v = realloc(v, sizeof(double) * (size_t)(cap *= 2));
    v[n++] = x;
  }
  fclose(f);
  *count = n;
  return v;
}

static void print_result(const bench_problem *p, const char *name, double secs,
                         double err, long long peak, const char *note) {
  printf("RESULT\t%s\t%s\t%s\t%.6e\t%.3e\t%lld\t%s\n", p->problem, p->size, name, secs, err,
         peak, note ? note : "");
  fflush(stdout);
}

/* check_one: runs a contender once under heap accounting and compares it with ref. */
static int check_one(const bench_problem *p, const contender *c, const double *ref,
                     double *out, double *err, long long *peak) {
  memset(out, 0, sizeof(double) * (size_t)p->out_len);
  memcount_start();
  c->fn(c->ctx, out);
  *peak = memcount_peak() + c->extra_bytes;
  if (!ref) {
    *err = 0;
    return 1;
  }
  *err = bench_relerr(out, ref, p->out_len, c->cols, c->ncols);
  int ok = !(*err > c->tol);
  printf("CHECK\t%s\t%s\t%s\t%s\t%.3e\t%.1e\n", ok ? "pass" : "FAIL", p->problem, p->size,
         c->name, *err, c->tol);
  return ok;
}

/* skipped_by_build: the build lists contenders whose kernels failed to compile in BENCH_SKIP. */
static int skipped_by_build(const char *name) {
  const char *list = getenv("BENCH_SKIP");
  size_t len = strlen(name);
  for (const char *s = list; s && (s = strstr(s, name)); s += len)
    if ((s == list || s[-1] == ',') && (s[len] == ',' || s[len] == 0))
      return 1;
  return 0;
}

int bench_run(const bench_problem *p, const contender *cs, int n) {
  double *ref = bench_alloc(p->out_len), *out = bench_alloc(p->out_len);
  double value = 0, err;
  long long peak;
  int failures = 0;
  cs[0].fn(cs[0].ctx, ref);
  if (!p->quick)
    print_result(p, "primal", bench_time(p->primal, p->primal_ctx, &value), 0, 0, NULL);
  for (int i = 0; i < n; i++) {
    const contender *c = &cs[i];
    if (c->skip || skipped_by_build(c->name)) {
      print_result(p, c->name, NAN, NAN, -1, c->skip ? c->skip : "compile error (see below)");
      continue;
    }
    if (!check_one(p, c, i == 0 ? NULL : ref, out, &err, &peak))
      failures++;
    if (p->quick)
      continue;
    double secs = bench_time(c->fn, c->ctx, out) * (c->scale > 0 ? c->scale : 1.0);
    print_result(p, c->name, secs, err, peak, c->note);
  }
  free(ref);
  free(out);
  return failures;
}
