/* embed.c — ouro inside a C program: run code, read an error, see a finalizer run at once.
 * Built and run by `make test`. */
#include <stdio.h>
#include <string.h>
#include "ouro.h"

int main(void) {
    if (ouro_init(0, NULL) != 0) { fprintf(stderr, "embed: cannot start ouro\n"); return 1; }
    int failures = 0;

    if (ouro_run_string("total = sum(range(10))\nprint('total', total)", "<embed>") != 0) failures++;

    /* Destruction is deterministic: __del__ runs during `del`, before the next print. */
    const char *del_demo =
        "class Noisy:\n"
        "    def __del__(self): print('freed')\n"
        "n = Noisy()\n"
        "del n\n"
        "print('after del')\n";
    if (ouro_run_string(del_demo, "<embed>") != 0) failures++;

    if (ouro_run_string("1 / 0", "<embed>") != -1) failures++;
    const char *err = ouro_error();
    printf("error: %s\n", err ? err : "(none)");
    if (!err || strcmp(err, "ZeroDivisionError: division by zero") != 0) failures++;

    if (ouro_run_string("import sys\nsys.exit(3)", "<embed>") != 1003) failures++;

    ouro_finalize();
    printf("%d passed, %d failed\n", 5 - failures, failures);
    return failures != 0;
}
