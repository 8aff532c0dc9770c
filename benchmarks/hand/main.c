/* Benchmark driver for ADBench hand tracking (simple): the 3N x 26 Jacobian of the correspondence errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handmodel.h"
#include "harness.h"

void hand_primal(const hand_instance *in, double *err, double *ws);
void hand_hand(const hand_instance *in, double *ws, double *dT, double *J);
void hand_fd(hand_instance *in, double *ws, double *ep, double *em, double *J);
void hand_jacobian_after(const hand_instance *in, double *err, double *derr, double *ws, double *dws, double *J);
void hand_jacobian_before(const hand_instance *in, double *err, double *derr, double *ws, double *dws, double *J);
void hand_adolc_record(short tag, const hand_instance *in);
void hand_adolc_jacobian(short tag, const hand_instance *in, double **U, double *y, double **Z);
long long hand_adolc_bytes(short tag);

typedef struct {
  hand_instance in;
  double *err, *err2, *derr, *ws, *dws, *dT, *eye, **U, **Z, *zJ;
  short tag;
} ctx_t;

/* Splits every ':' into a space so that fscanf reads the model files as numbers. */
static FILE *open_colon_file(const char *dir, const char *name) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "r"), *t = tmpfile();
  if (!f || !t) {
    fprintf(stderr, "hand: cannot open %s\n", path);
    exit(2);
  }
  for (int c; (c = fgetc(f)) != EOF;)
    fputc(c == ':' ? ' ' : c, t);
  fclose(f);
  rewind(t);
  return t;
}

/* bones.txt: name:parent:16 base relative:16 inverse base absolute (row-major). */
static void read_bones(const char *dir, hand_model *m) {
  FILE *f = open_colon_file(dir, "bones.txt");
  char name[256];
  m->nbones = 0;
  while (m->nbones < HAND_MAX_BONES && fscanf(f, "%255s %d", name, &m->parents[m->nbones]) == 2) {
    for (int i = 0; i < 16; i++)
      if (fscanf(f, "%lf", &m->base_relatives[m->nbones][i]) != 1) exit(2);
    for (int i = 0; i < 16; i++)
      if (fscanf(f, "%lf", &m->inv_base_absolutes[m->nbones][i]) != 1) exit(2);
    m->nbones++;
  }
  fclose(f);
}

/* vertices.txt: x:y:z, 3 normal and 2 uv values (skipped), count, then (bone, weight) pairs. */
static void read_vertices(const char *dir, hand_model *m) {
  FILE *f = open_colon_file(dir, "vertices.txt");
  int cap = 1024, nb = m->nbones;
  double *pos = malloc(sizeof(double) * 3 * (size_t)cap), skip[5];
  double *wt = calloc((size_t)nb * (size_t)cap, sizeof(double));
  int n = 0, cnt;
  while (fscanf(f, "%lf %lf %lf", &pos[3 * n], &pos[3 * n + 1], &pos[3 * n + 2]) == 3) {
    if (fscanf(f, "%lf %lf %lf %lf %lf %d", &skip[0], &skip[1], &skip[2], &skip[3], &skip[4], &cnt) != 6 || n + 1 >= cap)
      exit(2);
    for (int k = 0, b; k < cnt; k++)
      if (fscanf(f, "%d %lf", &b, &wt[(long)b * cap + n]) != 2) exit(2);
    n++;
  }
  fclose(f);
  m->nverts = n, m->base_positions = pos, m->weights = bench_alloc((long)nb * n);
  for (int b = 0; b < nb; b++)
    memcpy(m->weights + (long)b * n, wt + (long)b * cap, sizeof(double) * (size_t)n);
  free(wt);
}

/* handN_t26_cC.txt: C 26, then C lines "vertex x y z", then the 26 parameters. */
static void read_instance(const char *path, int max_corr, hand_instance *in) {
  long count;
  double *v = bench_read_doubles(path, &count);
  int c = (int)v[0];
  if (count != 2 + 4L * c + HAND_NTHETA || (int)v[1] != HAND_NTHETA) {
    fprintf(stderr, "hand: %s has %ld numbers, expected %d\n", path, count, 2 + 4 * c + HAND_NTHETA);
    exit(2);
  }
  in->ncorr = c < max_corr ? c : max_corr;
  in->corr = malloc(sizeof(int) * (size_t)c), in->points = bench_alloc(3L * c);
  for (int i = 0; i < c; i++) {
    in->corr[i] = (int)v[2 + 4 * i];
    memcpy(in->points + 3 * i, v + 3 + 4 * i, sizeof(double) * 3);
  }
  memcpy(in->theta, v + 2 + 4L * c, sizeof(double) * HAND_NTHETA);
  free(v);
}

static void run_primal(void *c, double *v) { ctx_t *t = c; hand_primal(&t->in, t->err, t->ws); v[0] = t->err[0]; }
static void run_hand(void *c, double *J) { ctx_t *t = c; hand_hand(&t->in, t->ws, t->dT, J); }
static void run_after(void *c, double *J) {
  ctx_t *t = c;
  hand_jacobian_after(&t->in, t->err, t->derr, t->ws, t->dws, J);
}
static void run_before(void *c, double *J) {
  ctx_t *t = c;
  hand_jacobian_before(&t->in, t->err, t->derr, t->ws, t->dws, J);
}
static void run_adolc(void *c, double *J) {
  ctx_t *t = c;
  hand_adolc_jacobian(t->tag, &t->in, t->U, t->err, t->Z);
  memcpy(J, t->zJ, sizeof(double) * 3 * (size_t)t->in.ncorr * HAND_NTHETA);
}
static void run_fd(void *c, double *J) { ctx_t *t = c; hand_fd(&t->in, t->ws, t->err, t->err2, J); }

static void alloc_scratch(ctx_t *t) {
  long nr = 3L * t->in.ncorr, nws = HAND_WS_LEN(&t->in.model);
  t->err = bench_alloc(nr), t->err2 = bench_alloc(nr), t->derr = bench_alloc(nr);
  t->ws = bench_alloc(nws), t->dws = bench_alloc(nws), t->dT = bench_alloc(16L * t->in.model.nbones);
  t->eye = bench_alloc(nr * nr), t->zJ = bench_alloc(nr * HAND_NTHETA);
  t->U = malloc(sizeof(double *) * (size_t)nr), t->Z = malloc(sizeof(double *) * (size_t)nr);
  for (long r = 0; r < nr; r++) {
    t->eye[r * nr + r] = 1;
    t->U[r] = t->eye + r * nr, t->Z[r] = t->zJ + r * HAND_NTHETA;
  }
}

int main(int argc, char **argv) {
  int quick = bench_quick_flag(&argc, &argv), failures = 0;
  if (argc < 3) {
    fprintf(stderr, "usage: bench [--quick] MODEL_DIR INSTANCE...\n");
    return 2;
  }
  for (int a = 2; a < argc; a++) {
    ctx_t t = {.tag = (short)a};
    read_bones(argv[1], &t.in.model);
    read_vertices(argv[1], &t.in.model);
    read_instance(argv[a], quick ? 20 : 1 << 30, &t.in);
    alloc_scratch(&t);
    hand_adolc_record(t.tag, &t.in);
    char size[64];
    snprintf(size, sizeof size, "c%d (%dx26)", t.in.ncorr, 3 * t.in.ncorr);
    contender cs[] = {
        {.name = "hand", .fn = run_hand, .ctx = &t},
        {.name = "adjoint", .fn = run_after, .ctx = &t, .tol = 1e-9},
        {.name = "adjoint-before", .fn = run_before, .ctx = &t, .tol = 1e-9},
        {.name = "adolc", .fn = run_adolc, .ctx = &t, .tol = 1e-9, .extra_bytes = hand_adolc_bytes(t.tag)},
        {.name = "fd", .fn = run_fd, .ctx = &t, .tol = 1e-4},
    };
    bench_problem p = {"hand", size, 3L * t.in.ncorr * HAND_NTHETA, quick, run_primal, &t};
    failures += bench_run(&p, cs, (int)(sizeof cs / sizeof cs[0]));
  }
  return failures ? 1 : 0;
}
