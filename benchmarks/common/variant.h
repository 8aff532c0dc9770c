/* Names the exported functions of a translation unit after the build variant (after/before optimization). */
#ifndef BENCH_VARIANT_H
#define BENCH_VARIANT_H
#ifndef VARIANT
#define VARIANT primal
#endif
#define BENCH_CAT2(a, b) a##_##b
#define BENCH_CAT(a, b) BENCH_CAT2(a, b)
#define VNAME(x) BENCH_CAT(x, VARIANT)
#endif
