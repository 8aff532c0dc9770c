/* Stands in for a request entry point when a variant's kernel did not compile with the plugin; that contender is skipped and never calls it. */
#include <stdio.h>
#include <stdlib.h>

void __enzyme_autodiff_void(void *fn, ...) {
  (void)fn;
  fprintf(stderr, "bench: called a derivative whose build failed\n");
  abort();
}
