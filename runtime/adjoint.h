/*===- runtime/adjoint.h - Public C/C++ interface of the Adjoint plugin ---===*
 *
 * Declarations for programs compiled with -fpass-plugin=Adjoint.so: the
 * argument annotations of Enzyme's C API and ready-made prototypes of the
 * request entry point for the common return shapes. Every function whose
 * name starts with __enzyme_autodiff is a reverse-mode request, so one
 * translation unit may use several of these prototypes side by side.
 *
 *   #include <adjoint.h>
 *   double f(double x, const double *w, double *out);
 *   double dx = __enzyme_autodiff_double((void *)f, x, enzyme_const, w,
 *                                        enzyme_dup, out, d_out);
 *
 *===----------------------------------------------------------------------===*/
#ifndef ADJOINT_H
#define ADJOINT_H

#ifdef __cplusplus
extern "C" {
#endif

/* Argument annotations: pass one right before the argument it describes.
 * They are weak definitions so that the program links in any number of
 * translation units; define ADJOINT_NO_ANNOTATION_GLOBALS to provide your
 * own. */
#ifndef ADJOINT_NO_ANNOTATION_GLOBALS
__attribute__((weak)) int enzyme_const;     /* not differentiated */
__attribute__((weak)) int enzyme_out;       /* active scalar, adjoint returned */
__attribute__((weak)) int enzyme_dup;       /* pointer, then its shadow */
__attribute__((weak)) int enzyme_dupnoneed; /* like dup; primal not needed */
#endif

/* The adjoints of two or three active double arguments, in argument order. */
typedef struct {
  double d0, d1;
} adjoint_gradient2;
typedef struct {
  double d0, d1, d2;
} adjoint_gradient3;

/* Custom derivative rules, written on a function's declaration or
 * definition (see docs/custom-rules.md for the calling conventions):
 *
 *   double kernel(double x) ADJOINT_GRADIENT(kernel_aug, kernel_rev);
 *   void log_value(double v) ADJOINT_INACTIVE;
 *   double my_log1p(double x) ADJOINT_LIKE("log1p");
 *
 * The rule functions of ADJOINT_GRADIENT must be emitted by the compiler:
 * give them external linkage or mark them ADJOINT_RULE_FUNCTION. */
#define ADJOINT_GRADIENT(augment, reverse)                                     \
  __attribute__((annotate("adjoint.gradient=" #augment "," #reverse)))
#define ADJOINT_INACTIVE __attribute__((annotate("adjoint.inactive")))
#define ADJOINT_LIKE(name) __attribute__((annotate("adjoint.like=" name)))
#define ADJOINT_RULE_FUNCTION __attribute__((used))

/* Reverse-mode requests, by what they return. */
void __enzyme_autodiff_void(void *, ...);
double __enzyme_autodiff_double(void *, ...);
adjoint_gradient2 __enzyme_autodiff_gradient2(void *, ...);
adjoint_gradient3 __enzyme_autodiff_gradient3(void *, ...);

#ifdef __cplusplus
} /* extern "C" */

/* C++: the return type is a template argument,
 * e.g. __enzyme_autodiff<double>((void *)f, x). */
template <typename Result, typename... Arguments>
Result __enzyme_autodiff(void *, Arguments...);
#endif

#endif /* ADJOINT_H */
