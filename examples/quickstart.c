/* quickstart.c: reverse-mode derivatives with the Adjoint plugin.
 *
 * Build and run (or use scripts/demo.sh):
 *   clang-19 -O2 -fpass-plugin=build/Adjoint.so examples/quickstart.c -lm \
 *     -o build/quickstart && ./build/quickstart
 *
 * Every call to a function whose name starts with __enzyme_autodiff is
 * replaced at compile time by a call to the generated gradient of the
 * function passed as the first argument. Each active double argument gets a
 * partial derivative: one is returned as a double, several as a struct with
 * one double per argument, in argument order.
 */
#include <math.h>
#include <stdio.h>

double __enzyme_autodiff(void *, ...);

typedef struct {
  double dx, dy;
} Grad2;
Grad2 __enzyme_autodiff_pair(void *, ...);

/* One variable: f(x) = x^2 sin(x) + e^x / (1 + x^2). */
double f(double x) {
  double bump = exp(x) / (1.0 + x * x);
  return x * x * sin(x) + bump;
}

/* Two variables: g(x, y) = x y^2 + log(x). */
double g(double x, double y) { return x * y * y + log(x); }

static const double h = 1e-6; /* finite-difference step */

static void show(const char *what, double ad, double fd) {
  printf("  %-8s autodiff % .15f   finite diff % .15f   |diff| %.2e\n", what,
         ad, fd, fabs(ad - fd));
}

int main(void) {
  double x = 1.5;
  double dfdx = __enzyme_autodiff((void *)f, x);
  printf("f(x) = x*x*sin(x) + exp(x)/(1+x*x) at x = %g: f = %.15f\n", x, f(x));
  show("df/dx", dfdx, (f(x + h) - f(x - h)) / (2 * h));

  double y = -0.5;
  Grad2 dg = __enzyme_autodiff_pair((void *)g, x, y);
  printf("g(x,y) = x*y*y + log(x) at (%g, %g): g = %.15f\n", x, y, g(x, y));
  show("dg/dx", dg.dx, (g(x + h, y) - g(x - h, y)) / (2 * h));
  show("dg/dy", dg.dy, (g(x, y + h) - g(x, y - h)) / (2 * h));
  printf("analytic: dg/dx = y*y + 1/x = %.15f, dg/dy = 2*x*y = %.15f\n",
         y * y + 1.0 / x, 2.0 * x * y);
  return 0;
}
