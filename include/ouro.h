/* ouro.h — embedding ouro in a C program.
 *
 *     ouro_init(argc, argv);
 *     if (ouro_run_string("print(6 * 7)", "<embed>") != 0)
 *         fprintf(stderr, "%s\n", ouro_error());
 *     ouro_finalize();
 *
 * One interpreter exists per process at a time.  Objects are destroyed the moment their count
 * reaches zero, so Python finalizers run deterministically while C code runs them. */
#ifndef OURO_H
#define OURO_H

#ifdef __cplusplus
extern "C" {
#endif

/* Start the interpreter; argv becomes sys.argv (may be 0/NULL).  0 on success. */
int ouro_init(int argc, char **argv);

/* Run Python source in __main__.  0 on success; -1 when an exception escaped (its text is then
 * available from ouro_error(), and its traceback is not printed); for SystemExit the exit status
 * is returned as 1000 + status. */
int ouro_run_string(const char *source, const char *filename);
int ouro_run_file(const char *path);

/* "ExceptionType: message" of the last failed run, or NULL.  Valid until the next run. */
const char *ouro_error(void);

/* Flush output, clear __main__ (running finalizers), release the interpreter. */
void ouro_finalize(void);

#ifdef __cplusplus
}
#endif

#endif
