/* test_ctypes.c — what ouro's ctypes does where CPython's would crash the process: reading or
 * writing memory that is not mapped (or not mapped that way) raises ValueError, and
 * cast(address, py_object) refuses addresses that hold no live object.  The checks run both
 * through process_vm_readv/writev and through the pipe fallback used where those are forbidden. */
#include "ouro.h"
#include "modules/ctypes_mem.h"
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static int passed, failed;

/* Run src; want NULL means it must succeed, else the error text must start with want. */
static void run(const char *what, const char *src, const char *want) {
    int r = ouro_run_string(src, "<test_ctypes>");
    const char *err = r ? ouro_error() : NULL;
    bool ok = want ? err && strncmp(err, want, strlen(want)) == 0 : r == 0;
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL %s: %s\n", what, err ? err : "(no error)");
    }
}

static const char rodata[] = "read-only bytes";

static void memory_tests(const char *mode) {
    char src[512], what[96];
    void *gone = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    void *noaccess = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    void *zeros = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    munmap(gone, 4096);
    static const struct { const char *name, *code, *want; } cases[] = {
        {"read 0", "ctypes.c_long.from_address(0).value", "ValueError: ctypes: address 0x0 is not readable"},
        {"read -1", "ctypes.c_long.from_address(-1).value", "ValueError: ctypes: address 0xffffffffffffffff is not readable"},
        {"read high", "ctypes.c_long.from_address(2**63).value", "ValueError: ctypes: address"},
        {"write 0", "ctypes.c_int.from_address(16).value = 1", "ValueError: ctypes: address 0x10 is not writable"},
        {"repr", "repr(ctypes.c_double.from_address(8))", "ValueError"},
        {"bool", "bool(ctypes.c_int.from_address(8))", "ValueError"},
        {"unmapped", "ctypes.c_char.from_address(%lu).value", "ValueError: ctypes: address"},
        {"prot none", "ctypes.c_char.from_address(%lu).value", "ValueError: ctypes: address"},
        {"rodata read", "assert ctypes.c_char.from_address(%lu).value == b'r'", NULL},
        {"rodata write", "ctypes.c_char.from_address(%lu).value = b'x'", "ValueError: ctypes: address"},
        {"string", "assert ctypes.string_at(%lu) == b'read-only bytes'", NULL},
        {"char_p", "ctypes.c_char_p(1).value", "ValueError"},
        {"string_at 0", "ctypes.string_at(0)", "ValueError"},
        {"string_at n", "ctypes.string_at(8, 4)", "ValueError"},
        {"memmove", "ctypes.memmove(8, b'abc', 3)", "ValueError"},
        {"memset", "ctypes.memset(8, 0, 3)", "ValueError"},
        {"pointer", "ctypes.cast(8, ctypes.POINTER(ctypes.c_int))[0]", "ValueError"},
        {"contents", "ctypes.cast(8, ctypes.POINTER(ctypes.c_int)).contents.value", "ValueError"},
        {"pointer write", "ctypes.cast(8, ctypes.POINTER(ctypes.c_int))[1] = 3", "ValueError"},
        {"array", "(ctypes.c_int * 4).from_address(64)[2]", "ValueError"},
        {"char array", "(ctypes.c_char * 4).from_address(64).value", "ValueError"},
        {"py_object 0x10", "ctypes.cast(16, ctypes.py_object).value", "ValueError: ctypes: address 0x10 is not readable"},
        {"py_object zeros", "ctypes.cast(%lu, ctypes.py_object).value", "ValueError: ctypes: address"},
        {"py_object text", "ctypes.cast(%lu, ctypes.py_object).value", "ValueError: ctypes: address"},
        /* py_object's repr shows any ValueError as <NULL>, as CPython's (written in Python) does. */
        {"py_object repr", "assert repr(ctypes.py_object.from_address(8)) == 'py_object(<NULL>)'", NULL},
        {"freed count", "x = [1, 2]\na = id(x)\ndel x\nassert isinstance(ctypes.c_long.from_address(a).value, int)", NULL},
        {"freed object", "x = [1, 2]\na = id(x)\ndel x\nctypes.cast(a, ctypes.py_object).value", "ValueError: ctypes: address"},
        {"freed int", "x = int('9' * 30)\na = id(x)\ndel x\nctypes.cast(a, ctypes.py_object).value", "ValueError: ctypes: address"},
        {"live object", "x = [1, 2]\nassert ctypes.cast(id(x), ctypes.py_object).value is x", NULL},
        {"static object", "assert ctypes.cast(id(None), ctypes.py_object).value is None", NULL},
        {"count write", "x = object()\nc = ctypes.c_long.from_address(id(x))\nc.value += 1\nc.value -= 1", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        unsigned long addr = 0;
        if (strstr(cases[i].name, "unmapped")) addr = (unsigned long)gone;
        else if (strstr(cases[i].name, "prot none")) addr = (unsigned long)noaccess;
        else if (strstr(cases[i].name, "zeros")) addr = (unsigned long)zeros;
        else addr = (unsigned long)rodata;
        char code[256];
        snprintf(code, sizeof code, cases[i].code, addr);
        snprintf(src, sizeof src, "import ctypes\n%s\n", code);
        snprintf(what, sizeof what, "%s (%s)", cases[i].name, mode);
        run(what, src, cases[i].want);
    }
    munmap(noaccess, 4096);
    munmap(zeros, 4096);
}

int main(int argc, char **argv) {
    if (ouro_init(0, NULL) != 0) {
        printf("FAIL ouro_init\n");
        return 1;
    }
    memory_tests("process_vm");
    ct_mem_use_pipe(true);
    memory_tests("pipe");
    ct_mem_use_pipe(false);
    ouro_finalize();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
