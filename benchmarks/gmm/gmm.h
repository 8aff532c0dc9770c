/* The GMM instance shared by the contenders: parameters in one flat vector [alphas | means | icf]. */
#ifndef GMM_H
#define GMM_H
typedef struct {
  int d, k, n, m;
  double gamma;
  double *theta; /* k + k*d + k*d(d+1)/2 parameters */
  double *x;     /* n*d points */
} gmm_instance;

#define GMM_ICF_SZ(d) ((d) * ((d) + 1) / 2)
#define GMM_NPARAMS(in) ((in)->k * (1 + (in)->d + GMM_ICF_SZ((in)->d)))
#define GMM_ALPHAS(in, v) (v)
#define GMM_MEANS(in, v) ((v) + (in)->k)
#define GMM_ICF(in, v) ((v) + (in)->k * (1 + (in)->d))
#endif
