/* notebook.h — running Jupyter notebooks (.ipynb, nbformat 4) and percent-format scripts
 * (`# %%` cell markers) with IPython's semantics; see notebook.c. */
#ifndef OURO_CLI_NOTEBOOK_H
#define OURO_CLI_NOTEBOOK_H

#include <stdbool.h>

typedef struct Notebook Notebook;

/* Is path a notebook: a name ending in .ipynb, or a .py file with a `# %%` cell marker line? */
bool notebook_detect(const char *path);

/* Read and check a notebook before the interpreter starts.  NULL after printing a message
 * (invalid JSON, not nbformat 4, a malformed cell, an output path that is the input) on
 * stderr.  out_path (may be NULL) is where notebook_run will write the executed notebook. */
Notebook *notebook_load(const char *path, const char *out_path);

/* Run every code cell in __main__ (the interpreter must be running), print each cell's number
 * and output, write the executed notebook if asked, and free nb.  Returns the exit status: 0,
 * 1 if a cell failed, SystemExit's status if a cell raised it (the remaining cells then do not
 * run). */
int notebook_run(Notebook *nb);

#endif
