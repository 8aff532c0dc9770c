/* Shared benchmark harness: contenders, gradient checks, timing by minimum of samples, and result lines. */
#ifndef BENCH_HARNESS_H
#define BENCH_HARNESS_H

#ifdef __cplusplus
extern "C" {
#endif

/* Computes one derivative (or the primal) of a problem into out. */
typedef void (*bench_fn)(void *ctx, double *out);

typedef struct {
  const char *name;  /* primal, hand, adjoint, adjoint-before, adolc, fd */
  bench_fn fn;
  void *ctx;
  const long *cols;  /* entries of out this contender computes (NULL: all) */
  long ncols;
  double scale;      /* measured time is multiplied by this (sampled FD); 0 = 1 */
  double tol;        /* maximum relative error accepted against the reference */
  const char *skip;  /* non-NULL: the contender is not run, for this reason */
  const char *note;  /* printed next to the result */
  long long extra_bytes; /* memory held across calls (an ADOL-C tape), added to the heap peak */
} contender;

typedef struct {
  const char *problem, *size;
  long out_len;  /* length of the derivative */
  int quick;     /* check only, no timing */
  bench_fn primal;
  void *primal_ctx;
} bench_problem;

/* Runs every contender of a problem; cs[0] is the reference (hand-written).
 * Prints RESULT / CHECK lines and returns the number of failed checks. */
int bench_run(const bench_problem *p, const contender *cs, int n);

/* Seconds per call: repeat until a sample lasts >= 0.2 s, minimum of 5 samples. */
double bench_time(bench_fn fn, void *ctx, double *out);

/* Relative error max_i |a_i - r_i| / max(|r_i|, 1e-3 max_j |r_j|) over cols. */
double bench_relerr(const double *a, const double *r, long n, const long *cols, long ncols);

/* Evenly spaced column sample of at most max_cols of n (all when n <= max_cols). */
long bench_sample_cols(long n, long max_cols, long **cols);

/* Parses the common command line: --quick, then the remaining arguments. */
int bench_quick_flag(int *argc, char ***argv);

/* Central finite differences of a scalar f at x over the given columns, step
 * h = 6e-6 * hscale * max(1, |x_j|); hscale is the length scale of the inputs. */
void bench_fd_gradient(double (*f)(void *), void *ctx, double *x, const long *cols,
                       long ncols, double hscale, double *g);

/* Heap accounting from memcount.c. */
void memcount_start(void);
long long memcount_peak(void);

/* Allocation helpers that exit on failure. */
double *bench_alloc(long n);
double *bench_read_doubles(const char *path, long *count);

#ifdef __cplusplus
}
#endif
#endif
