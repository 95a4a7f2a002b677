/* ctypes_mem.c — reading and writing memory ctypes did not allocate, without crashing.
 *
 * `ctypes.c_long.from_address(n).value` in CPython dereferences n and dies of SIGSEGV when n is
 * not mapped.  ouro checks instead and raises ValueError, and it does so cheaply:
 *
 *   - an address range inside the small-object allocator's arenas is mapped for as long as the
 *     arena exists (mem_is_small_block asks the allocator's own table), so it is copied
 *     directly.  That memory may hold freed blocks — the seed notebooks read the count word of
 *     freed objects on purpose — so the copy is done byte by byte in a function AddressSanitizer
 *     does not instrument (byte accesses also keep UBSan's alignment check quiet);
 *   - any other range is copied by the kernel, which reports EFAULT instead of faulting:
 *     process_vm_readv / process_vm_writev on our own pid (one system call, honours page
 *     protection, copies nothing when any page is missing).  Where a seccomp filter forbids
 *     those calls, a pipe does the same job with plain write() and read(): the kernel copies
 *     the range into or out of the pipe and fails with EFAULT rather than faulting.
 *
 * Both system-call paths go through syscall() so the sanitizers' interceptors, which would
 * check the foreign range themselves, stay out of the way. */
#include "ctypes_mem.h"
#include "../runtime/alloc.h"
#include "../objects/errors.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define NO_ASAN
#endif

/* Ranges at most this long are tried against the arenas; an arena is 1 MiB, so a range this
 * short with both ends in arenas lies in one arena or two adjacent ones, all mapped. */
#define ARENA_CHECK_MAX 4096
/* The pipe fallback moves at most this much per system call (well under a pipe's capacity). */
#define PIPE_CHUNK 4096

NO_ASAN static void raw_copy(void *dst, const void *src, size_t n) {
    volatile const unsigned char *s = src;
    volatile unsigned char *d = dst;
    for (size_t i = 0; i < n; i++) d[i] = s[i];
}

static bool in_arenas(uintptr_t addr, size_t n) {
    return n <= ARENA_CHECK_MAX && mem_is_small_block((void *)addr) &&
           mem_is_small_block((void *)(addr + n - 1));
}

static bool vm_calls_blocked;       /* process_vm_* refused once (seccomp): use the pipe */
static int probe_pipe[2] = {-1, -1};

static void pipe_drain(void) {
    char scratch[PIPE_CHUNK];
    while (read(probe_pipe[0], scratch, sizeof scratch) > 0) {}
}

/* Copy through the pipe: the foreign side of each transfer is the one the kernel checks. */
static int pipe_copy(void *local, uintptr_t remote, size_t n, bool to_remote) {
    if (probe_pipe[0] < 0 && pipe2(probe_pipe, O_NONBLOCK | O_CLOEXEC) < 0) return -1;
    for (size_t done = 0; done < n;) {
        size_t k = n - done < PIPE_CHUNK ? n - done : PIPE_CHUNK;
        char *l = (char *)local + done;
        void *r = (void *)(remote + done);
        long got;
        if (to_remote) {
            if (write(probe_pipe[1], l, k) != (ssize_t)k) { pipe_drain(); return -1; }
            got = syscall(SYS_read, probe_pipe[0], r, k);
        } else {
            got = syscall(SYS_write, probe_pipe[1], r, k);
            if (got == (long)k) got = read(probe_pipe[0], l, k);
        }
        if (got != (long)k) { pipe_drain(); return -1; }
        done += k;
    }
    return 0;
}

static int kernel_copy(void *local, uintptr_t remote, size_t n, bool to_remote) {
    if (!vm_calls_blocked) {
        struct iovec l = { local, n }, r = { (void *)remote, n };
        long got = syscall(to_remote ? SYS_process_vm_writev : SYS_process_vm_readv,
                           (long)getpid(), &l, 1L, &r, 1L, 0L);
        if (got == (long)n) return 0;
        if (got >= 0 || errno == EFAULT || errno == ENOMEM) return -1;
        vm_calls_blocked = true;     /* ENOSYS, EPERM: not allowed here */
    }
    return pipe_copy(local, remote, n, to_remote);
}

void ct_mem_use_pipe(bool on) { vm_calls_blocked = on; }

static int bad_address(uintptr_t addr, const char *what) {
    char msg[96];
    snprintf(msg, sizeof msg, "ctypes: address 0x%lx is not %s memory", (unsigned long)addr, what);
    err_set_string(&Exc_ValueError, msg);
    return -1;
}

int ct_mem_read(void *dst, uintptr_t addr, size_t n) {
    if (n == 0) return 0;
    if (addr + n < addr) return bad_address(addr, "readable");
    if (in_arenas(addr, n)) {
        raw_copy(dst, (const void *)addr, n);
        return 0;
    }
    return kernel_copy(dst, addr, n, false) == 0 ? 0 : bad_address(addr, "readable");
}

int ct_mem_write(uintptr_t addr, const void *src, size_t n) {
    if (n == 0) return 0;
    if (addr + n < addr) return bad_address(addr, "writable");
    if (in_arenas(addr, n)) {
        raw_copy((void *)addr, src, n);
        return 0;
    }
    return kernel_copy((void *)src, addr, n, true) == 0 ? 0 : bad_address(addr, "writable");
}

/* Read page by page, so that a string ending just before an unmapped page is still read. */
Object *ct_mem_cstring(uintptr_t addr) {
    size_t cap = 256, len = 0;
    char *buf = mem_alloc(cap);
    if (!buf) return err_no_memory();
    for (;;) {
        size_t k = 4096 - (size_t)((addr + len) & 4095);
        if (len + k > cap) {
            while (len + k > cap) cap *= 2;
            char *nb = mem_realloc(buf, cap);
            if (!nb) { mem_free(buf); return err_no_memory(); }
            buf = nb;
        }
        if (ct_mem_read(buf + len, addr + len, k) < 0) { mem_free(buf); return NULL; }
        char *nul = memchr(buf + len, 0, k);
        if (nul) { len = (size_t)(nul - buf); break; }
        len += k;
    }
    Object *r = bytes_from_data(buf, (ssize_t)len);
    mem_free(buf);
    return r;
}

Object *ct_mem_bytes(uintptr_t addr, ssize_t n) {
    Object *r = bytes_from_data(NULL, n);
    if (r && ct_mem_read(BYTES_DATA(r), addr, (size_t)n) < 0) CLEAR(r);
    return r;
}

static Object *not_an_object(uintptr_t addr) {
    char msg[96];
    snprintf(msg, sizeof msg, "ctypes: address 0x%lx does not hold a live Python object",
             (unsigned long)addr);
    err_set_string(&Exc_ValueError, msg);
    return NULL;
}

/* CPython trusts the address; ouro checks what it can without knowing the object: the header
 * is readable, its type pointer leads to a ready type whose own type is a metatype, and the count
 * is positive and not a free-list link (a freed small block keeps the next free block's address
 * in its first word — no live object has a count that large). */
Object *ct_mem_object(uintptr_t addr) {
    Object head, thead;
    unsigned long tflags, mflags;
    if (ct_mem_read(&head, addr, sizeof head) < 0) return NULL;
    TypeObject *t = head.ob_type;
    if (ct_mem_read(&thead, (uintptr_t)t, sizeof thead) < 0 ||
        ct_mem_read(&tflags, (uintptr_t)&t->tp_flags, sizeof tflags) < 0 ||
        ct_mem_read(&mflags, (uintptr_t)&thead.ob_type->tp_flags, sizeof mflags) < 0) {
        err_clear();
        return not_an_object(addr);
    }
    if (!(mflags & TPFLAGS_TYPE_SUBCLASS) || !(tflags & TPFLAGS_READY) || head.ob_refcnt <= 0 ||
        mem_is_small_block((void *)(uintptr_t)head.ob_refcnt))
        return not_an_object(addr);
    int64_t count = head.ob_refcnt + 1;
    if (ct_mem_write(addr, &count, sizeof count) < 0) return NULL;
    return (Object *)addr;
}
