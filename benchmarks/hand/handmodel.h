/* The hand-tracking instance (ADBench "simple" variant): skinned model, correspondences and the 26 pose parameters. */
#ifndef HANDMODEL_H
#define HANDMODEL_H
#define HAND_NTHETA 26
#define HAND_MAX_BONES 32

typedef struct {
  int nbones, nverts;
  int parents[HAND_MAX_BONES];
  double base_relatives[HAND_MAX_BONES][16];     /* row-major 4x4 */
  double inv_base_absolutes[HAND_MAX_BONES][16]; /* row-major 4x4 */
  double *base_positions;                        /* nverts x 3 */
  double *weights;                               /* nbones x nverts */
} hand_model;

typedef struct {
  hand_model model;
  int ncorr;
  int *corr;       /* vertex of each correspondence */
  double *points;  /* ncorr x 3 */
  double theta[HAND_NTHETA];
} hand_instance;

/* Scratch of the objective: pose 3x(nbones+3), relatives, absolutes, transforms, positions. */
#define HAND_WS_LEN(m) (3L * ((m)->nbones + 3) + 48L * (m)->nbones + 3L * (m)->nverts)
#endif
