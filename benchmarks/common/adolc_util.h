/* Helpers for the ADOL-C contenders: record a tape in memory (sized to fit) and report its size. */
#ifndef BENCH_ADOLC_UTIL_H
#define BENCH_ADOLC_UTIL_H

#include <adolc/adolc.h>

/* Records body() on tape tag; if the tape outgrew ADOL-C's default buffers
 * (and spilled to files) it is recorded again with buffers that hold it all. */
template <class Body> void adolc_record(short tag, Body body) {
  trace_on(tag);
  body();
  trace_off();
  size_t st[STAT_SIZE];
  tapestats(tag, st);
  if (st[OP_FILE_ACCESS] || st[LOC_FILE_ACCESS] || st[VAL_FILE_ACCESS] ||
      st[TAY_STACK_SIZE] > st[TAY_BUFFER_SIZE]) {
    trace_on(tag, 0, (uint)st[NUM_OPERATIONS] + 64, (uint)st[NUM_LOCATIONS] + 64,
             (uint)st[NUM_VALUES] + 64, (uint)st[TAY_STACK_SIZE] + 64);
    body();
    trace_off();
  }
}

/* Bytes of the recorded tape: operations, locations, constants and the value stack. */
static inline long long adolc_tape_bytes(short tag) {
  size_t st[STAT_SIZE];
  tapestats(tag, st);
  return (long long)st[NUM_OPERATIONS] + 4LL * (long long)st[NUM_LOCATIONS] +
         8LL * (long long)st[NUM_VALUES] + 8LL * (long long)st[TAY_STACK_SIZE];
}

#endif
