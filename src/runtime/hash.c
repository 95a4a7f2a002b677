/* hash.c — SipHash-1-3 over byte strings, keyed once per process, as CPython 3.11.
 *
 * CPython 3.11 hashes str (its code-point array in the stored kind) and bytes with SipHash-1-3:
 * one compression round per 8-byte word, three finalisation rounds.  The 128-bit key is the
 * first 16 bytes of a 24-byte secret that is
 *   - all zero when PYTHONHASHSEED=0 (randomisation off: hashes equal CPython's),
 *   - filled from CPython's LCG (x = x * 214013 + 2531011, byte = (x >> 16) & 0xff) seeded
 *     with N when PYTHONHASHSEED=N,
 *   - random bytes from the OS otherwise.
 * Words are read little-endian (as CPython does on the little-endian hosts we target), and the
 * input length modulo 256 enters the top byte of the last word. */
#include "hash.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/random.h>

static uint64_t sip_k0, sip_k1;

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d;                  \
    b = ROTL64(b, s) ^ a;            \
    d = ROTL64(d, t) ^ c;            \
    a = ROTL64(a, 32);

#define SIP_ROUND(v0, v1, v2, v3)           \
    HALF_ROUND(v0, v1, v2, v3, 13, 16);     \
    HALF_ROUND(v2, v1, v0, v3, 17, 21);

static uint64_t siphash13(uint64_t k0, uint64_t k1, const uint8_t *in, size_t n) {
    uint64_t b = (uint64_t)n << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    while (n >= 8) {
        uint64_t m;
        memcpy(&m, in, 8);      /* little-endian host assumed, as the file comment says */
        in += 8;
        n -= 8;
        v3 ^= m;
        SIP_ROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t t = 0;
    for (size_t i = 0; i < n; i++)
        t |= (uint64_t)in[i] << (8 * i);
    b |= t;
    v3 ^= b;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    SIP_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

/* CPython's lcg_urandom: the same bytes for the same seed on every platform. */
static void lcg_fill(unsigned long seed, uint8_t *buf, size_t n) {
    uint32_t x = (uint32_t)seed;
    for (size_t i = 0; i < n; i++) {
        x = x * 214013u + 2531011u;
        buf[i] = (uint8_t)((x >> 16) & 0xff);
    }
}

static void os_random_fill(uint8_t *buf, size_t n) {
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(buf + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            break;
        }
        got += (size_t)r;
    }
    if (got < n) {      /* getrandom unavailable: fall back on the device */
        int fd = open("/dev/urandom", O_RDONLY);
        if (fd >= 0) {
            while (got < n) {
                ssize_t r = read(fd, buf + got, n - got);
                if (r <= 0) break;
                got += (size_t)r;
            }
            close(fd);
        }
    }
}

void hash_init(void) {
    /* 24 bytes: CPython's _Py_HashSecret_t; SipHash uses the first 16. */
    uint8_t secret[24];
    const char *env = getenv("PYTHONHASHSEED");
    memset(secret, 0, sizeof secret);
    if (env && *env && strcmp(env, "random") != 0) {
        char *endp;
        unsigned long seed = strtoul(env, &endp, 10);
        if (*endp != '\0' || seed > 4294967295UL) {
            fprintf(stderr, "Fatal Python error: PYTHONHASHSEED must be \"random\" or an "
                            "integer in range [0; 4294967295]\n");
            exit(1);
        }
        if (seed != 0) lcg_fill(seed, secret, sizeof secret);
    } else {
        os_random_fill(secret, sizeof secret);
    }
    memcpy(&sip_k0, secret, 8);
    memcpy(&sip_k1, secret + 8, 8);
}

int64_t hash_bytes(const void *p, size_t n) {
    if (n == 0) return 0;
    int64_t h = (int64_t)siphash13(sip_k0, sip_k1, p, n);
    return h == -1 ? -2 : h;
}

int64_t hash_pointer(const void *p) {
    /* The low 4 bits of an address are nearly always zero (alignment): rotate them away. */
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}
