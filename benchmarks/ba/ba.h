/* The BA instance shared by the contenders and the layout of its Jacobian. */
#ifndef BA_H
#define BA_H
typedef struct {
  int n, m, p;        /* cameras, points, observations */
  double *cams, *X;   /* 11n, 3m */
  double *w, *feats;  /* p, 2p */
  int *obs;           /* 2p: camera and point of each observation */
} ba_instance;

/* Jacobian storage: per observation a 2 x 15 block (row-major; columns: camera 11,
 * point 3, weight 1), then per observation d(1 - w^2)/dw. */
#define BA_BLOCK 30
#define BA_JAC_LEN(in) ((long)(in)->p * (BA_BLOCK + 1))
#endif
