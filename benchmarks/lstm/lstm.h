/* The LSTM instance shared by the contenders: parameters in one flat vector [main (8lb) | extra (3b)]. */
#ifndef LSTM_H
#define LSTM_H
typedef struct {
  int l, c, b;
  double *theta;    /* 8lb + 3b parameters */
  double *state0;   /* initial state, 2lb */
  double *sequence; /* c*b */
} lstm_instance;

#define LSTM_NPARAMS(in) (8 * (in)->l * (in)->b + 3 * (in)->b)
#define LSTM_EXTRA(in, v) ((v) + 8 * (in)->l * (in)->b)
#endif
