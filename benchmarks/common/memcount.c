/* Counts live heap bytes by interposing the malloc family, so the harness can report the peak heap growth of one gradient call. */
#include "harness.h"

#include <malloc.h>
#include <stddef.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static long long live_bytes, peak_bytes, base_bytes;

/* note_alloc: adds a new block to the live total and raises the peak. */
static void note_alloc(void *p) {
  if (!p)
    return;
  live_bytes += (long long)malloc_usable_size(p);
  if (live_bytes > peak_bytes)
    peak_bytes = live_bytes;
}

static void note_free(void *p) {
  if (p)
    live_bytes -= (long long)malloc_usable_size(p);
}

void *malloc(size_t n) {
  void *p = __libc_malloc(n);
  note_alloc(p);
  return p;
}

void *calloc(size_t n, size_t size) {
  void *p = __libc_calloc(n, size);
  note_alloc(p);
  return p;
}

void *realloc(void *old, size_t n) {
  note_free(old);
  void *p = __libc_realloc(old, n);
  if (p)
    note_alloc(p);
  else if (old && n)
    note_alloc(old); /* failed: the old block is still live */
  return p;
}

void free(void *p) {
  note_free(p);
  __libc_free(p);
}

void *memalign(size_t align, size_t n) {
  void *p = __libc_memalign(align, n);
  note_alloc(p);
  return p;
}

void *aligned_alloc(size_t align, size_t n) { return memalign(align, n); }

int posix_memalign(void **out, size_t align, size_t n) {
  void *p = memalign(align, n);
  if (!p)
    return 12; /* ENOMEM */
  *out = p;
  return 0;
}

void memcount_start(void) {
  base_bytes = live_bytes;
  peak_bytes = live_bytes;
}

long long memcount_peak(void) { return peak_bytes - base_bytes; }
