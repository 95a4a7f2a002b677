/* randommodule.c — the random module: CPython's _random (the Mersenne Twister) and random.py
 * (every distribution and sampling method) in one C file, giving CPython's exact numbers.
 *
 * The generator is MT19937 with CPython's seeding: an int seed is split into 32-bit words
 * (least significant first) for init_by_array; str/bytes/bytearray seeds (version 2) become
 * the int of `a + sha512(a).digest()` (SHA-512 is implemented below); floats and other
 * hashables seed with their hash.  random() takes 27 + 26 bits of two outputs (53-bit floats).
 *
 * The methods reproduce random.py step by step: the same calls to random() and getrandbits(),
 * in the same order, with the same float arithmetic, so every sequence matches CPython's.
 * Subclasses work as in CPython: a subclass that overrides random() or getrandbits() (or
 * _randbelow) has its own method called, and _randbelow follows random.py's __init_subclass__
 * rule (the nearest class in the MRO defining _randbelow, getrandbits or random decides) — it
 * is decided at call time by walking the MRO, which gives the same answer.  For the exact
 * Random type all of this collapses to direct C calls.
 *
 * The module-level functions are the methods of a hidden instance (random._inst), bound to it,
 * as random.py does.  Not provided: binomialvariate (3.12), the DeprecationWarnings random.py
 * emits for float arguments of randrange (the values are accepted as in 3.11). */
#include "modules.h"
#include "../runtime/gc.h"
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* ================================================================================================
 * SHA-512 (FIPS 180-4), for version-2 seeding of str/bytes
 * ============================================================================================= */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

#define ROR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))

static void sha512_block(uint64_t h[8], const unsigned char *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 8; j++) v = (v << 8) | p[8 * i + j];
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = ROR64(w[i - 15], 1) ^ ROR64(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = ROR64(w[i - 2], 19) ^ ROR64(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t S1 = ROR64(e, 14) ^ ROR64(e, 18) ^ ROR64(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = hh + S1 + ch + sha512_k[i] + w[i];
        uint64_t S0 = ROR64(a, 28) ^ ROR64(a, 34) ^ ROR64(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = S0 + maj;
        hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}

static void sha512(const unsigned char *data, size_t n, unsigned char out[64]) {
    uint64_t h[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
        0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
    };
    size_t i = 0;
    for (; i + 128 <= n; i += 128) sha512_block(h, data + i);
    /* The tail, the 0x80 marker and the 128-bit length in bits (the high half is always 0 for
     * sizes that fit a size_t shifted by 3, except beyond 2**61 bytes). */
    unsigned char buf[256];
    size_t rest = n - i;
    memcpy(buf, data + i, rest);
    buf[rest] = 0x80;
    size_t total = rest + 17 <= 128 ? 128 : 256;
    memset(buf + rest + 1, 0, total - rest - 1);
    uint64_t bits = (uint64_t)n << 3;
    buf[total - 9] = (unsigned char)((uint64_t)n >> 61);
    for (int j = 0; j < 8; j++) buf[total - 1 - j] = (unsigned char)(bits >> (8 * j));
    sha512_block(h, buf);
    if (total == 256) sha512_block(h, buf + 128);
    for (int k = 0; k < 8; k++)
        for (int j = 0; j < 8; j++) out[8 * k + j] = (unsigned char)(h[k] >> (56 - 8 * j));
}

/* ================================================================================================
 * The Mersenne Twister (MT19937)
 * ============================================================================================= */

#define MT_N 624
#define MT_M 397
#define MATRIX_A   0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct {
    OB_HEAD;
    int index;                  /* next word of state to temper; MT_N: refill first */
    uint32_t state[MT_N];
    double gauss_next;          /* random.py's gauss_next, when has_gauss_next */
    bool has_gauss_next;
    Object *dict;               /* instance attributes (CPython's Random is a Python class) */
} RandomObject;

static TypeObject RandomType, SystemRandomType;

static uint32_t genrand_uint32(RandomObject *r) {
    uint32_t y, *mt = r->state;
    if (r->index >= MT_N) {
        static const uint32_t mag01[2] = {0x0U, MATRIX_A};
        int kk;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
        r->index = 0;
    }
    y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

/* A float in [0, 1) with 53 random bits. */
static inline double genrand_res53(RandomObject *r) {
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static void init_genrand(RandomObject *r, uint32_t s) {
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++)
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = MT_N;
}

static void init_by_array(RandomObject *r, const uint32_t *key, size_t keylen) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0, k = MT_N > keylen ? MT_N : keylen;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= keylen) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000U;        /* a non-zero initial state */
}

static int urandom_fill(void *buf, size_t n) {
    unsigned char *p = buf;
    size_t got = 0;
    while (got < n) {
        ssize_t r = getrandom(p + got, n - got, 0);
        if (r < 0) {
            if (errno == EINTR) continue;
            break;
        }
        got += (size_t)r;
    }
    if (got < n) {
        int fd = open("/dev/urandom", O_RDONLY);
        if (fd < 0) return -1;
        while (got < n) {
            ssize_t r = read(fd, p + got, n - got);
            if (r <= 0) break;
            got += (size_t)r;
        }
        close(fd);
    }
    return got == n ? 0 : -1;
}

/* Seed from a non-negative int: its 32-bit words, least significant first. */
static int seed_from_int(RandomObject *r, Object *n) {
    size_t bits = int_bit_length(n);
    size_t keyused = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t stackkey[32], *key = keyused <= 32 ? stackkey : mem_alloc(keyused * 4);
    if (!key) { err_no_memory(); return -1; }
    unsigned char *bytes = (unsigned char *)key;
    if (int_to_bytes(n, bytes, keyused * 4, true, false) < 0) {
        if (key != stackkey) mem_free(key);
        return -1;
    }
    /* The bytes are little-endian; make them words on any host. */
    for (size_t i = 0; i < keyused; i++) {
        unsigned char *b = bytes + 4 * i;
        key[i] = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    }
    init_by_array(r, key, keyused);
    if (key != stackkey) mem_free(key);
    return 0;
}

/* _random.Random.seed(n): None -> OS entropy, int -> |n|, anything else -> hash(n). */
static int c_seed(RandomObject *r, Object *arg) {
    if (!arg || arg == NONE) {
        uint32_t key[MT_N];
        if (urandom_fill(key, sizeof key) < 0) {
            /* No entropy source: fall back on the time and the pid. */
            init_genrand(r, (uint32_t)time(NULL) ^ (uint32_t)getpid() << 16);
            return 0;
        }
        init_by_array(r, key, MT_N);
        return 0;
    }
    Object *n;
    if (IS_INT(arg)) {
        n = int_sign(arg) < 0 ? int_neg(arg) : NEWREF(arg);
    } else {
        int64_t h = obj_hash(arg);
        if (h == -1 && err_occurred()) return -1;
        n = int_from_ulonglong((unsigned long long)(uint64_t)h);
    }
    if (!n) return -1;
    int rc = seed_from_int(r, n);
    DECREF(n);
    return rc;
}

/* ================================================================================================
 * Dispatch to overriding methods of subclasses
 * ============================================================================================= */

/* Random's own entries for the names subclasses may override (set at module init). */
static Object *own_random, *own_getrandbits, *own_randbelow, *own_seed, *own_sample,
              *own_randrange;
static Object *str_random, *str_getrandbits, *str_randbelow, *str_seed, *str_sample,
              *str_randrange;

/* True if self.name is not Random's own method (a subclass or the instance overrides it). */
static bool overridden(Object *self, Object *name, Object *own) {
    RandomObject *r = (RandomObject *)self;
    if (r->dict && DICT_LEN(r->dict) && dict_getitem(r->dict, name)) return true;
    if (TYPE(self) == &RandomType) return false;
    return type_lookup(TYPE(self), name) != own;
}

/* Where random() comes from: the generator itself, or a bound Python method. */
typedef struct {
    RandomObject *r;
    Object *meth;               /* NULL: genrand_res53 */
} RandSrc;

static int src_init(RandSrc *s, Object *self) {
    s->r = (RandomObject *)self;
    s->meth = NULL;
    if (overridden(self, str_random, own_random)) {
        s->meth = obj_getattr(self, str_random);
        if (!s->meth) return -1;
    }
    return 0;
}

static void src_fini(RandSrc *s) { XDECREF(s->meth); }

static int src_random(RandSrc *s, double *out) {
    if (!s->meth) { *out = genrand_res53(s->r); return 0; }
    Object *v = obj_call0(s->meth);
    if (!v) return -1;
    double d = float_as_double(v);
    DECREF(v);
    if (d == -1.0 && err_occurred()) return -1;
    *out = d;
    return 0;
}

/* k random bits (k <= 64) from the generator, as getrandbits(k) builds them. */
static uint64_t bits_u64(RandomObject *r, int k) {
    if (k <= 32) return k == 0 ? 0 : genrand_uint32(r) >> (32 - k);
    uint64_t lo = genrand_uint32(r);
    uint64_t hi = genrand_uint32(r) >> (64 - k);
    return lo | hi << 32;
}

/* getrandbits(k) of the generator as an int (new reference). */
static Object *getrandbits_obj(RandomObject *r, ssize_t k) {
    if (k <= 64) return int_from_ulonglong(bits_u64(r, (int)k));
    size_t words = (size_t)(k - 1) / 32 + 1;
    unsigned char *buf = mem_alloc(words * 4);
    if (!buf) return err_no_memory();
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = genrand_uint32(r);
        if (k < 32) w >>= 32 - k;
        buf[4 * i] = (unsigned char)w;
        buf[4 * i + 1] = (unsigned char)(w >> 8);
        buf[4 * i + 2] = (unsigned char)(w >> 16);
        buf[4 * i + 3] = (unsigned char)(w >> 24);
    }
    Object *res = int_from_bytes(buf, words * 4, true, false);
    mem_free(buf);
    return res;
}

/* How _randbelow works for an instance (random.py's __init_subclass__ rule). */
enum { BELOW_FAST, BELOW_GETRANDBITS, BELOW_RANDOM, BELOW_CUSTOM };
typedef struct {
    int mode;
    RandomObject *r;
    Object *meth;               /* the bound getrandbits / _randbelow for the slow modes */
    RandSrc src;                /* for BELOW_RANDOM */
} Below;

static int below_init(Below *b, Object *self) {
    RandomObject *r = (RandomObject *)self;
    b->r = r;
    b->meth = NULL;
    b->src.meth = NULL;
    b->mode = BELOW_FAST;
    if (TYPE(self) == &RandomType && !(r->dict && DICT_LEN(r->dict))) return 0;
    if (r->dict && DICT_LEN(r->dict) && dict_getitem(r->dict, str_randbelow)) {
        b->mode = BELOW_CUSTOM;
    } else {
        Object *mro = TYPE(self)->tp_mro;
        int mode = BELOW_FAST;
        for (ssize_t i = 0; mro && i < TUPLE_LEN(mro); i++) {
            TypeObject *c = (TypeObject *)TUPLE_GET(mro, i);
            if (c == &RandomType) break;
            Object *d = c->tp_dict;
            if (!d) continue;
            if (dict_getitem(d, str_randbelow)) { mode = BELOW_CUSTOM; break; }
            if (dict_getitem(d, str_getrandbits)) break;
            if (dict_getitem(d, str_random)) { mode = BELOW_RANDOM; break; }
        }
        b->mode = mode;
    }
    if (b->mode == BELOW_CUSTOM) {
        if (type_lookup(TYPE(self), str_randbelow) == own_randbelow &&
            !(r->dict && dict_getitem(r->dict, str_randbelow))) {
            b->mode = BELOW_FAST;
        } else {
            b->meth = obj_getattr(self, str_randbelow);
            return b->meth ? 0 : -1;
        }
    }
    if (b->mode == BELOW_RANDOM) return src_init(&b->src, self);
    if (overridden(self, str_getrandbits, own_getrandbits)) {
        b->mode = BELOW_GETRANDBITS;
        b->meth = obj_getattr(self, str_getrandbits);
        return b->meth ? 0 : -1;
    }
    b->mode = BELOW_FAST;
    return 0;
}

static void below_fini(Below *b) {
    XDECREF(b->meth);
    src_fini(&b->src);
}

static Object *below_without_getrandbits(Below *b, Object *n);

/* A random int in [0, n) for an int n > 0 (new reference). */
static Object *below_obj(Below *b, Object *n) {
    switch (b->mode) {
    case BELOW_CUSTOM:
        return obj_call1(b->meth, n);
    case BELOW_RANDOM:
        return below_without_getrandbits(b, n);
    case BELOW_GETRANDBITS: {
        Object *k = int_from_ssize((ssize_t)int_bit_length(n));
        if (!k) return NULL;
        for (;;) {
            Object *v = obj_call1(b->meth, k);
            if (!v) { DECREF(k); return NULL; }
            int ge = obj_richcompare_bool(v, n, CMP_GE);
            if (ge == 0) { DECREF(k); return v; }
            DECREF(v);
            if (ge < 0) { DECREF(k); return NULL; }
        }
    }
    default: {
        size_t k = int_bit_length(n);
        if (k <= 64) {
            uint64_t lim = int_as_ulonglong(n), v;
            do v = bits_u64(b->r, (int)k); while (v >= lim);
            return int_from_ulonglong(v);
        }
        for (;;) {
            Object *v = getrandbits_obj(b->r, (ssize_t)k);
            if (!v) return NULL;
            if (int_compare(v, n) < 0) return v;
            DECREF(v);
        }
    }
    }
}

/* The same for a machine n > 0, with a machine result. */
static int below_ssize(Below *b, ssize_t n, ssize_t *out) {
    if (b->mode == BELOW_FAST) {
        int k = 64 - __builtin_clzll((unsigned long long)n);
        uint64_t v;
        do v = bits_u64(b->r, k); while (v >= (uint64_t)n);
        *out = (ssize_t)v;
        return 0;
    }
    Object *no = int_from_ssize(n);
    Object *v = no ? below_obj(b, no) : NULL;
    XDECREF(no);
    if (!v) return -1;
    ssize_t r = num_as_ssize(v, &Exc_OverflowError);
    DECREF(v);
    if (r == -1 && err_occurred()) return -1;
    *out = r;
    return 0;
}

#define BPF 53                          /* bits in a float's mantissa */
#define RECIP_BPF (1.0 / 9007199254740992.0)

/* random.py's _randbelow_without_getrandbits: only random() is trusted. */
static Object *below_without_getrandbits(Below *b, Object *n) {
    double r, maxsize = 9007199254740992.0;
    Object *maxobj = int_from_ulonglong(1ULL << BPF);
    if (!maxobj) return NULL;
    int big = int_compare(n, maxobj);
    DECREF(maxobj);
    if (big >= 0) {
        /* random.py warns that the range is too large; the result is floor(random() * n). */
        if (src_random(&b->src, &r) < 0) return NULL;
        Object *rf = float_from_double(r), *p = rf ? num_multiply(rf, n) : NULL;
        XDECREF(rf);
        if (!p) return NULL;
        Object *res = int_from_object(p);
        DECREF(p);
        return res;
    }
    uint64_t nn = int_as_ulonglong(n);
    uint64_t rem = (1ULL << BPF) % nn;
    double limit = (double)((1ULL << BPF) - rem) / maxsize;
    do {
        if (src_random(&b->src, &r) < 0) return NULL;
    } while (r >= limit);
    return int_from_ulonglong((uint64_t)floor(r * maxsize) % nn);
}

/* ================================================================================================
 * The Random type
 * ============================================================================================= */

static Object *random_random(Object *self, Object *unused) {
    return float_from_double(genrand_res53((RandomObject *)self));
}

static Object *random_getrandbits(Object *self, Object *arg) {
    Object *ko = num_index(arg);
    if (!ko) return NULL;
    int ov;
    long k = int_as_long_overflow(ko, &ov);
    DECREF(ko);
    if (ov || k > 0x7fffffff || k < -0x7fffffffL - 1)
        return err_format(&Exc_OverflowError, "Python int too large to convert to C int");
    if (k < 0) return err_format(&Exc_ValueError, "number of bits must be non-negative");
    return getrandbits_obj((RandomObject *)self, k);
}

/* seed(a=None, version=2): random.py's conversions, then _random's seeding. */
static int seed_impl(Object *self, Object *a, Object *version_obj) {
    RandomObject *r = (RandomObject *)self;
    long version = 2;
    if (version_obj) {
        version = int_as_long(version_obj);
        if (version == -1 && err_occurred()) {
            if (!err_matches(&Exc_TypeError) && !err_matches(&Exc_OverflowError)) return -1;
            err_clear();
            version = 0;        /* a non-int version selects no conversion, as in random.py */
        }
    }
    Object *seed = NULL;
    if (!a) a = NONE;
    if (version == 1 && (IS_STR(a) || IS_BYTES(a))) {
        ssize_t len = IS_STR(a) ? STR_LEN(a) : BYTES_LEN(a);
        uint64_t x = 0;
        for (ssize_t i = 0; i < len; i++) {
            uint64_t c = IS_STR(a) ? STR_AT(a, i) : (unsigned char)BYTES_DATA(a)[i];
            if (i == 0) x = c << 7;
            x = (1000003ULL * x) ^ c;
        }
        x ^= (uint64_t)len;
        seed = int_from_ulonglong(x);
    } else if (version == 2 && (IS_STR(a) || IS_BYTES(a) || IS_BYTEARRAY(a))) {
        const char *p;
        ssize_t n;
        if (IS_STR(a)) {
            p = str_as_utf8_len(a, &n);
            if (!p) return -1;
        } else if (IS_BYTES(a)) {
            p = BYTES_DATA(a);
            n = BYTES_LEN(a);
        } else {
            p = ((ByteArrayObject *)a)->ob_start;
            n = SIZE(a);
        }
        unsigned char *buf = mem_alloc((size_t)n + 64);
        if (!buf) { err_no_memory(); return -1; }
        memcpy(buf, p, (size_t)n);
        sha512((const unsigned char *)p, (size_t)n, buf + n);
        seed = int_from_bytes(buf, (size_t)n + 64, false, false);
        mem_free(buf);
    } else if (!(a == NONE || IS_INT(a) || IS_FLOAT(a) || IS_STR(a) || IS_BYTES(a) ||
                 IS_BYTEARRAY(a))) {
        err_format(&Exc_TypeError, "The only supported seed types are: None,\n"
                                   "int, float, str, bytes, and bytearray.");
        return -1;
    } else {
        seed = NEWREF(a);
    }
    if (!seed) return -1;
    int rc = c_seed(r, seed);
    DECREF(seed);
    r->has_gauss_next = false;
    return rc;
}

static Object *random_seed(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"a", "version", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("seed", args, nargs, kwnames, kwlist, 0, 2, a) < 0) return NULL;
    if (seed_impl(self, a[0], a[1]) < 0) return NULL;
    RETURN_NONE;
}

/* Random(x=None): self.seed(x) (a subclass's own seed if it has one). */
static int random_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"x", NULL};
    Object *a[1] = {NULL};
    if (args_parse("Random", args, nargs, kwnames, kwlist, 0, 1, a) < 0) return -1;
    if (overridden(self, str_seed, own_seed)) {
        Object *x = a[0] ? a[0] : NONE;
        Object *r = obj_call_method(self, "seed", &x, 1);
        if (!r) return -1;
        DECREF(r);
    } else if (seed_impl(self, a[0], NULL) < 0) {
        return -1;
    }
    ((RandomObject *)self)->has_gauss_next = false;
    return 0;
}

static Object *random_new(TypeObject *type, Object *const *args, ssize_t nargs, Object *kwnames) {
    RandomObject *r = (RandomObject *)obj_alloc(type);
    if (!r) return NULL;
    r->index = 0;               /* unseeded until __init__, as CPython (all-zero state) */
    return (Object *)r;
}

static void random_dealloc(Object *self) {
    gc_untrack(self);
    CLEAR(((RandomObject *)self)->dict);
    TYPE(self)->tp_free(self);
}

static int random_traverse(Object *self, visitproc visit, void *arg) {
    Object *d = ((RandomObject *)self)->dict;
    return d ? visit(d, arg) : 0;
}

static int random_clear(Object *self) {
    CLEAR(((RandomObject *)self)->dict);
    return 0;
}

static Object *gauss_next_obj(RandomObject *r) {
    return r->has_gauss_next ? float_from_double(r->gauss_next) : NEWREF(NONE);
}

static Object *random_getstate(Object *self, Object *unused) {
    RandomObject *r = (RandomObject *)self;
    Object *st = tuple_new(MT_N + 1);
    if (!st) return NULL;
    for (int i = 0; i < MT_N; i++) {
        Object *v = int_from_ulonglong(r->state[i]);
        if (!v) { DECREF(st); return NULL; }
        TUPLE_SET(st, i, v);
    }
    Object *idx = int_from_long(r->index);
    if (!idx) { DECREF(st); return NULL; }
    TUPLE_SET(st, MT_N, idx);
    Object *g = gauss_next_obj(r);
    Object *res = g ? tuple_pack(3, SMALL_INT(3), st, g) : NULL;
    DECREF(st);
    XDECREF(g);
    return res;
}

/* _random.Random.setstate: a tuple of 624 words and the index. */
static int c_setstate(RandomObject *r, Object *state) {
    if (!IS_TUPLE(state)) {
        err_format(&Exc_TypeError, "state vector must be a tuple");
        return -1;
    }
    if (TUPLE_LEN(state) != MT_N + 1) {
        err_format(&Exc_ValueError, "state vector is the wrong size");
        return -1;
    }
    uint32_t st[MT_N];
    for (int i = 0; i < MT_N; i++) {
        Object *v = TUPLE_GET(state, i);
        if (!IS_INT(v)) {
            err_format(&Exc_TypeError, "an integer is required (got type %.200s)",
                       TYPE(v)->tp_name);
            return -1;
        }
        if (int_sign(v) < 0) {
            err_format(&Exc_OverflowError, "can't convert negative int to unsigned");
            return -1;
        }
        unsigned long long w = int_as_ulonglong(v);
        if (w == (unsigned long long)-1 && err_occurred()) return -1;
        st[i] = (uint32_t)w;
    }
    long idx = int_as_long(TUPLE_GET(state, MT_N));
    if (idx == -1 && err_occurred()) return -1;
    if (idx < 0 || idx > MT_N) {
        err_format(&Exc_ValueError, "invalid state");
        return -1;
    }
    memcpy(r->state, st, sizeof st);
    r->index = (int)idx;
    return 0;
}

static int set_gauss_next(RandomObject *r, Object *v) {
    if (v == NONE) { r->has_gauss_next = false; return 0; }
    double d = float_as_double(v);
    if (d == -1.0 && err_occurred()) return -1;
    r->gauss_next = d;
    r->has_gauss_next = true;
    return 0;
}

static Object *random_setstate(Object *self, Object *state) {
    RandomObject *r = (RandomObject *)self;
    if (!IS_TUPLE(state) && !IS_LIST(state)) {
        Object *s = seq_tuple(state);
        if (!s) return NULL;
        Object *res = random_setstate(self, s);
        DECREF(s);
        return res;
    }
    Object *t = seq_tuple(state);
    if (!t) return NULL;
    if (TUPLE_LEN(t) < 1) {
        DECREF(t);
        return err_format(&Exc_IndexError, "tuple index out of range");
    }
    Object *version = TUPLE_GET(t, 0);
    int is3 = obj_richcompare_bool(version, SMALL_INT(3), CMP_EQ);
    int is2 = is3 == 0 ? obj_richcompare_bool(version, SMALL_INT(2), CMP_EQ) : 0;
    if (is3 < 0 || is2 < 0) { DECREF(t); return NULL; }
    if (!is3 && !is2) {
        err_format(&Exc_ValueError,
                   "state with version %S passed to Random.setstate() of version 3", version);
        DECREF(t);
        return NULL;
    }
    if (TUPLE_LEN(t) != 3) {
        if (TUPLE_LEN(t) > 3)
            err_format(&Exc_ValueError, "too many values to unpack (expected 3)");
        else
            err_format(&Exc_ValueError, "not enough values to unpack (expected 3, got %zd)",
                       TUPLE_LEN(t));
        DECREF(t);
        return NULL;
    }
    Object *internal = TUPLE_GET(t, 1), *fixed = NULL;
    if (is2) {
        /* Version 2 stored signed words: take them modulo 2**32. */
        Object *items = seq_tuple(internal);
        if (!items) { DECREF(t); return NULL; }
        fixed = tuple_new(TUPLE_LEN(items));
        Object *mod = int_from_ulonglong(1ULL << 32);
        for (ssize_t i = 0; fixed && mod && i < TUPLE_LEN(items); i++) {
            Object *m = num_binary_op(TUPLE_GET(items, i), mod, 6 /* NB_REMAINDER */);
            if (!m) { CLEAR(fixed); break; }
            TUPLE_SET(fixed, i, m);
        }
        XDECREF(mod);
        DECREF(items);
        if (!fixed) { DECREF(t); return NULL; }
        internal = fixed;
    }
    int rc = set_gauss_next(r, TUPLE_GET(t, 2));
    if (rc == 0) rc = c_setstate(r, internal);
    XDECREF(fixed);
    DECREF(t);
    if (rc < 0) return NULL;
    RETURN_NONE;
}

static Object *random_reduce(Object *self, Object *unused) {
    Object *state = obj_call_method(self, "getstate", NULL, 0);
    if (!state) return NULL;
    Object *r = tuple_pack(3, (Object *)TYPE(self), empty_tuple, state);
    DECREF(state);
    return r;
}

static Object *random_getstate_m(Object *self, Object *unused) {
    return obj_call_method(self, "getstate", NULL, 0);
}

static Object *random_setstate_m(Object *self, Object *state) {
    return obj_call_method(self, "setstate", &state, 1);
}

/* ---- integers: _randbelow, randrange, randint ---------------------------------------------- */

static Object *random_randbelow(Object *self, Object *arg) {
    Object *n = num_index(arg);
    if (!n) return NULL;
    Below b = {BELOW_FAST, (RandomObject *)self, NULL, {NULL, NULL}};
    /* The method itself is _randbelow_with_getrandbits (subclasses' super() calls land here). */
    if (overridden(self, str_getrandbits, own_getrandbits)) {
        b.mode = BELOW_GETRANDBITS;
        b.meth = obj_getattr(self, str_getrandbits);
        if (!b.meth) { DECREF(n); return NULL; }
    }
    Object *r = below_obj(&b, n);
    below_fini(&b);
    DECREF(n);
    return r;
}

static Object *random_randbelow_without(Object *self, Object *arg) {
    Object *n = num_index(arg);
    if (!n) return NULL;
    Below b = {BELOW_RANDOM, (RandomObject *)self, NULL, {NULL, NULL}};
    Object *r = src_init(&b.src, self) < 0 ? NULL : below_without_getrandbits(&b, n);
    below_fini(&b);
    DECREF(n);
    return r;
}

/* _index(v), else int(v) when that equals v; otherwise ValueError `msg`. */
static Object *int_arg(Object *v, const char *msg) {
    Object *i = num_index(v);
    if (i || !err_matches(&Exc_TypeError)) return i;
    err_clear();
    i = num_long(v);
    if (!i) return NULL;
    int ne = obj_richcompare_bool(i, v, CMP_NE);
    if (ne != 0) {
        DECREF(i);
        if (ne > 0) err_format(&Exc_ValueError, "%s", msg);
        return NULL;
    }
    return i;
}

static Object *randrange_impl(Object *self, Object *start, Object *stop, Object *step) {
    Object *istart = NULL, *istop = NULL, *istep = NULL, *width = NULL, *res = NULL, *n = NULL;
    Below b;
    if (below_init(&b, self) < 0) { below_fini(&b); return NULL; }
    if (!(istart = int_arg(start, "non-integer arg 1 for randrange()"))) goto done;
    if (!stop || stop == NONE) {
        if (step && step != SMALL_INT(1)) {
            err_format(&Exc_TypeError, "Missing a non-None stop argument");
            goto done;
        }
        if (int_sign(istart) > 0) res = below_obj(&b, istart);
        else err_format(&Exc_ValueError, "empty range for randrange()");
        goto done;
    }
    if (!(istop = int_arg(stop, "non-integer stop for randrange()"))) goto done;
    /* The common case: machine ints, step 1. */
    if ((!step || step == SMALL_INT(1)) && int_is_compact(istart) && int_is_compact(istop)) {
        long a = int_compact_value(istart), w = int_compact_value(istop) - a;
        if (w > 0) {
            ssize_t j;
            if (below_ssize(&b, w, &j) == 0) res = int_from_long(a + j);
        } else {
            err_format(&Exc_ValueError, "empty range for randrange() (%ld, %ld, %ld)", a,
                       int_compact_value(istop), w);
        }
        goto done;
    }
    if (!(width = int_sub(istop, istart))) goto done;
    if (!(istep = step ? int_arg(step, "non-integer step for randrange()") : NEWREF(SMALL_INT(1))))
        goto done;
    int eq1 = obj_richcompare_bool(istep, SMALL_INT(1), CMP_EQ);
    if (eq1 < 0) goto done;
    if (eq1) {
        if (int_sign(width) > 0) {
            Object *j = below_obj(&b, width);
            if (j) { res = int_add(istart, j); DECREF(j); }
        } else {
            err_format(&Exc_ValueError, "empty range for randrange() (%S, %S, %S)", istart, istop,
                       width);
        }
        goto done;
    }
    int sign = int_sign(istep);
    if (sign == 0) { err_format(&Exc_ValueError, "zero step for randrange()"); goto done; }
    Object *adj = int_from_long(sign > 0 ? -1 : 1);
    Object *t1 = adj ? int_add(width, istep) : NULL;
    Object *t2 = t1 ? int_add(t1, adj) : NULL;
    XDECREF(adj);
    XDECREF(t1);
    if (!t2) goto done;
    n = int_floordiv(t2, istep);
    DECREF(t2);
    if (!n) goto done;
    if (int_sign(n) <= 0) { err_format(&Exc_ValueError, "empty range for randrange()"); goto done; }
    Object *j = below_obj(&b, n);
    Object *p = j ? int_mul(istep, j) : NULL;
    XDECREF(j);
    if (p) { res = int_add(istart, p); DECREF(p); }
done:
    below_fini(&b);
    XDECREF(istart);
    XDECREF(istop);
    XDECREF(istep);
    XDECREF(width);
    XDECREF(n);
    return res;
}

static Object *random_randrange(Object *self, Object *const *args, ssize_t nargs,
                                Object *kwnames) {
    static const char *const kwlist[] = {"start", "stop", "step", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse("randrange", args, nargs, kwnames, kwlist, 1, 3, a) < 0) return NULL;
    return randrange_impl(self, a[0], a[1], a[2]);
}

static Object *random_randint(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"a", "b", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("randint", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    Object *b1 = num_add(a[1], SMALL_INT(1));
    if (!b1) return NULL;
    Object *r;
    if (overridden(self, str_randrange, own_randrange)) {
        Object *argv[2] = {a[0], b1};
        r = obj_call_method(self, "randrange", argv, 2);
    } else {
        r = randrange_impl(self, a[0], b1, NULL);
    }
    DECREF(b1);
    return r;
}

static Object *random_randbytes(Object *self, Object *arg) {
    Object *no = num_index(arg);
    if (!no) return NULL;
    ssize_t n = num_as_ssize(no, &Exc_OverflowError);
    DECREF(no);
    if (n == -1 && err_occurred()) return NULL;
    if (n < 0) return err_format(&Exc_ValueError, "number of bits must be non-negative");
    if (overridden(self, str_getrandbits, own_getrandbits)) {
        /* self.getrandbits(n * 8).to_bytes(n, 'little') */
        Object *k = int_from_ssize(n * 8);
        Object *v = k ? obj_call_method(self, "getrandbits", &k, 1) : NULL;
        XDECREF(k);
        if (!v) return NULL;
        Object *b = bytes_from_data(NULL, n);
        if (b && (!IS_INT(v) || int_to_bytes(v, (unsigned char *)BYTES_DATA(b), (size_t)n, true,
                                             false) < 0)) {
            if (!err_occurred()) err_format(&Exc_TypeError, "getrandbits() must return an int");
            CLEAR(b);
        }
        DECREF(v);
        return b;
    }
    RandomObject *r = (RandomObject *)self;
    Object *b = bytes_from_data(NULL, n);
    if (!b) return NULL;
    unsigned char *p = (unsigned char *)BYTES_DATA(b);
    ssize_t i = 0;
    for (; i + 4 <= n; i += 4) {
        uint32_t w = genrand_uint32(r);
        p[i] = (unsigned char)w;
        p[i + 1] = (unsigned char)(w >> 8);
        p[i + 2] = (unsigned char)(w >> 16);
        p[i + 3] = (unsigned char)(w >> 24);
    }
    if (i < n) {
        /* the last word keeps its top (n - i) bytes, shifted down */
        uint32_t w = genrand_uint32(r) >> (32 - 8 * (n - i));
        for (; i < n; i++, w >>= 8) p[i] = (unsigned char)w;
    }
    return b;
}

/* ---- sequences: choice, shuffle, sample, choices -------------------------------------------- */

static inline Object *seq_item(Object *seq, ssize_t i) {
    if (IS_LIST_EXACT(seq) && i < LIST_LEN(seq)) return NEWREF(LIST_GET(seq, i));
    if (IS_TUPLE_EXACT(seq) && i < TUPLE_LEN(seq)) return NEWREF(TUPLE_GET(seq, i));
    Object *io = int_from_ssize(i);
    if (!io) return NULL;
    Object *r = obj_getitem(seq, io);
    DECREF(io);
    return r;
}

static Object *random_choice(Object *self, Object *seq) {
    ssize_t n = obj_length(seq);
    if (n < 0) return NULL;
    if (n == 0) return err_format(&Exc_IndexError, "Cannot choose from an empty sequence");
    Below b;
    ssize_t j;
    int rc = below_init(&b, self);
    if (rc == 0) rc = below_ssize(&b, n, &j);
    below_fini(&b);
    return rc < 0 ? NULL : seq_item(seq, j);
}

static Object *random_shuffle(Object *self, Object *x) {
    ssize_t n = obj_length(x);
    if (n < 0) return NULL;
    Below b;
    if (below_init(&b, self) < 0) { below_fini(&b); return NULL; }
    for (ssize_t i = n - 1; i >= 1; i--) {
        ssize_t j;
        if (below_ssize(&b, i + 1, &j) < 0) goto fail;
        if (IS_LIST_EXACT(x) && i < LIST_LEN(x) && j < LIST_LEN(x)) {
            Object *t = LIST_GET(x, i);
            LIST_SET(x, i, LIST_GET(x, j));
            LIST_SET(x, j, t);
            continue;
        }
        /* x[i], x[j] = x[j], x[i] */
        Object *io = int_from_ssize(i), *jo = int_from_ssize(j);
        Object *xj = io && jo ? obj_getitem(x, jo) : NULL;
        Object *xi = xj ? obj_getitem(x, io) : NULL;
        int ok = xi && obj_setitem(x, io, xj) == 0 && obj_setitem(x, jo, xi) == 0;
        XDECREF(io);
        XDECREF(jo);
        XDECREF(xi);
        XDECREF(xj);
        if (!ok) goto fail;
    }
    below_fini(&b);
    RETURN_NONE;
fail:
    below_fini(&b);
    return NULL;
}

/* isinstance(population, collections.abc.Sequence), with the built-in answers known. */
static int is_sequence(Object *o) {
    if (IS_LIST(o) || IS_TUPLE(o) || IS_STR(o) || IS_BYTES(o) || IS_BYTEARRAY(o) ||
        IS_TYPE(o, &RangeType))
        return 1;
    if (IS_DICT(o) || IS_ANYSET(o)) return 0;
    Object *abc = vm_import_cstr("collections.abc");
    if (!abc) {
        /* No collections.abc: anything with __len__ and __getitem__ will do. */
        err_clear();
        SequenceMethods *sq = TYPE(o)->tp_as_sequence;
        return sq && sq->sq_item && sq->sq_length;
    }
    Object *seqcls = obj_getattr_str(abc, "Sequence");
    DECREF(abc);
    if (!seqcls) return -1;
    int r = obj_isinstance(o, seqcls);
    DECREF(seqcls);
    return r;
}

/* A set of ints below n for sample's selection (open addressing; -1 marks empty). */
typedef struct { ssize_t *slots; size_t mask; } IntSet;

static int intset_add(IntSet *s, ssize_t v) {     /* 1 added, 0 present */
    size_t i = ((size_t)v * 0x9E3779B97F4A7C15ULL) >> 7 & s->mask;
    while (s->slots[i] != -1) {
        if (s->slots[i] == v) return 0;
        i = (i + 1) & s->mask;
    }
    s->slots[i] = v;
    return 1;
}

static Object *sample_impl(Object *self, Object *population, Object *kobj, Object *counts);

static Object *sample_with_counts(Object *self, Object *population, Object *kobj, Object *counts,
                                  ssize_t n) {
    /* cum_counts = list(accumulate(counts)) */
    Object *cum = list_new(0), *it = cum ? obj_get_iter(counts) : NULL, *item, *total = NULL;
    Object *res = NULL, *sel = NULL;
    if (!it) goto done;
    while ((item = iter_next(it))) {
        Object *s = total ? num_add(total, item) : NEWREF(item);
        DECREF(item);
        if (!s || list_append(cum, s) < 0) { XDECREF(s); goto done; }
        SETREF(total, s);
    }
    if (err_occurred()) goto done;
    if (LIST_LEN(cum) != n) {
        err_format(&Exc_ValueError, "The number of counts does not match the population");
        goto done;
    }
    if (n == 0) {
        err_format(&Exc_IndexError, "pop from empty list");
        goto done;
    }
    SIZE(cum) -= 1;             /* total = cum_counts.pop() (total holds its reference) */
    DECREF(LIST_GET(cum, n - 1));
    if (!IS_INT(total)) { err_format(&Exc_TypeError, "Counts must be integers"); goto done; }
    if (int_sign(total) <= 0) {
        err_format(&Exc_ValueError, "Total of counts must be greater than zero");
        goto done;
    }
    Object *rng = obj_call1((Object *)&RangeType, total);
    if (!rng) goto done;
    if (overridden(self, str_sample, own_sample)) {
        Object *argv[2] = {rng, kobj};
        Object *kname = str_from_cstr("k");
        Object *kw = kname ? tuple_pack(1, kname) : NULL;
        XDECREF(kname);
        Object *m = kw ? obj_getattr(self, str_sample) : NULL;
        sel = m ? obj_call(m, argv, 1, kw) : NULL;
        XDECREF(m);
        XDECREF(kw);
    } else {
        sel = sample_impl(self, rng, kobj, NULL);
    }
    DECREF(rng);
    if (!sel) goto done;
    ssize_t k = LIST_LEN(sel);
    res = list_new(k);
    if (!res) goto done;
    for (ssize_t i = 0; i < k; i++) {
        /* population[bisect_right(cum_counts, s)] */
        Object *s = LIST_GET(sel, i);
        ssize_t lo = 0, hi = LIST_LEN(cum);
        while (lo < hi) {
            ssize_t mid = (lo + hi) / 2;
            int lt = obj_richcompare_bool(s, LIST_GET(cum, mid), CMP_LT);
            if (lt < 0) { CLEAR(res); goto done; }
            if (lt) hi = mid; else lo = mid + 1;
        }
        Object *v = seq_item(population, lo);
        if (!v) { CLEAR(res); goto done; }
        LIST_SET(res, i, v);
    }
done:
    XDECREF(cum);
    XDECREF(it);
    XDECREF(total);
    XDECREF(sel);
    return res;
}

static Object *sample_impl(Object *self, Object *population, Object *kobj, Object *counts) {
    int isseq = is_sequence(population);
    if (isseq < 0) return NULL;
    if (!isseq)
        return err_format(&Exc_TypeError, "Population must be a sequence.  "
                                          "For dicts or sets, use sorted(d).");
    ssize_t n = obj_length(population);
    if (n < 0) return NULL;
    if (counts && counts != NONE) return sample_with_counts(self, population, kobj, counts, n);
    /* if not 0 <= k <= n */
    Object *no = int_from_ssize(n);
    if (!no) return NULL;
    int ok = obj_richcompare_bool(SMALL_INT(0), kobj, CMP_LE);
    if (ok > 0) ok = obj_richcompare_bool(kobj, no, CMP_LE);
    DECREF(no);
    if (ok < 0) return NULL;
    if (!ok) return err_format(&Exc_ValueError, "Sample larger than population or is negative");
    ssize_t k = num_as_ssize(kobj, &Exc_OverflowError);
    if (k == -1 && err_occurred()) return NULL;
    Below b;
    if (below_init(&b, self) < 0) { below_fini(&b); return NULL; }
    Object *result = list_new(k), *pool = NULL;
    if (!result) goto fail;
    for (ssize_t i = 0; i < k; i++) LIST_SET(result, i, NEWREF(NONE));
    /* random.py's memory estimate: a pool list when it is no bigger than the set would be. */
    ssize_t setsize = 21;
    if (k > 5) setsize += (ssize_t)pow(4.0, ceil(log((double)(k * 3)) / log(4.0)));
    if (n <= setsize) {
        pool = seq_list(population);
        if (!pool) goto fail;
        for (ssize_t i = 0; i < k; i++) {
            ssize_t j;
            if (below_ssize(&b, n - i, &j) < 0) goto fail;
            Object *old = LIST_GET(result, i);
            LIST_SET(result, i, NEWREF(LIST_GET(pool, j)));
            DECREF(old);
            /* move the unselected last item into the vacancy */
            Object *moved = LIST_GET(pool, n - i - 1), *gone = LIST_GET(pool, j);
            LIST_SET(pool, j, NEWREF(moved));
            DECREF(gone);
        }
        DECREF(pool);
    } else {
        size_t cap = 8;
        while (cap < (size_t)k * 2 + 2) cap <<= 1;
        IntSet sel = {mem_alloc(cap * sizeof(ssize_t)), cap - 1};
        if (!sel.slots) { err_no_memory(); goto fail; }
        memset(sel.slots, 0xff, cap * sizeof(ssize_t));
        for (ssize_t i = 0; i < k; i++) {
            ssize_t j;
            do {
                if (below_ssize(&b, n, &j) < 0) { mem_free(sel.slots); goto fail; }
            } while (!intset_add(&sel, j));
            Object *v = seq_item(population, j);
            if (!v) { mem_free(sel.slots); goto fail; }
            Object *old = LIST_GET(result, i);
            LIST_SET(result, i, v);
            DECREF(old);
        }
        mem_free(sel.slots);
    }
    below_fini(&b);
    return result;
fail:
    below_fini(&b);
    XDECREF(result);
    return NULL;
}

static Object *random_sample(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"population", "k", "counts", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse("sample", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    return sample_impl(self, a[0], a[1], a[2]);
}

/* population[floor(random() * n)] k times, or weighted by bisection on cumulative weights. */
static Object *random_choices(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"population", "weights", "cum_weights", "k", NULL};
    Object *a[4] = {NULL, NULL, NULL, NULL};
    if (args_parse("choices", args, nargs, kwnames, kwlist, 1, 2, a) < 0) return NULL;
    Object *population = a[0], *weights = a[1] == NONE ? NULL : a[1];
    Object *cum = a[2] == NONE ? NULL : a[2], *kobj = a[3] ? a[3] : SMALL_INT(1);
    Object *res = NULL, *cumlist = NULL, *total = NULL;
    double *cumd = NULL;
    RandSrc src;
    if (src_init(&src, self) < 0) return NULL;
    ssize_t n = obj_length(population);
    if (n < 0) goto done;
    if (!cum && !weights) {
        ssize_t k = num_as_ssize(kobj, &Exc_OverflowError);
        if (k == -1 && err_occurred()) goto done;
        if (k < 0) k = 0;
        double dn = (double)n;
        res = list_new(k);
        if (!res) goto done;
        for (ssize_t i = 0; i < k; i++) LIST_SET(res, i, NEWREF(NONE));
        for (ssize_t i = 0; i < k; i++) {
            double r;
            if (src_random(&src, &r) < 0) { CLEAR(res); goto done; }
            Object *v = seq_item(population, (ssize_t)floor(r * dn));
            if (!v) { CLEAR(res); goto done; }
            Object *old = LIST_GET(res, i);
            LIST_SET(res, i, v);
            DECREF(old);
        }
        goto done;
    }
    if (!cum) {
        /* cum_weights = list(accumulate(weights)) */
        Object *it = obj_get_iter(weights), *item;
        if (!it) {
            if (err_matches(&Exc_TypeError) && IS_INT(weights)) {
                err_clear();
                err_format(&Exc_TypeError, "The number of choices must be a keyword argument: k=%S",
                           weights);
            }
            goto done;
        }
        cumlist = list_new(0);
        Object *acc = NULL;
        while (cumlist && (item = iter_next(it))) {
            Object *s = acc ? num_add(acc, item) : NEWREF(item);
            DECREF(item);
            if (!s || list_append(cumlist, s) < 0) { XDECREF(s); CLEAR(cumlist); break; }
            SETREF(acc, s);
        }
        XDECREF(acc);
        DECREF(it);
        if (!cumlist || err_occurred()) goto done;
        cum = cumlist;
    } else if (weights) {
        err_format(&Exc_TypeError, "Cannot specify both weights and cumulative weights");
        goto done;
    }
    ssize_t nc = obj_length(cum);
    if (nc < 0) goto done;
    if (nc != n) {
        err_format(&Exc_ValueError, "The number of weights does not match the population");
        goto done;
    }
    /* total = cum_weights[-1] + 0.0 */
    Object *last = nc ? seq_item(cum, nc - 1) : NULL;
    if (!last) {
        if (!nc) err_format(&Exc_IndexError, "list index out of range");
        goto done;
    }
    Object *zero = float_from_double(0.0);
    total = zero ? num_add(last, zero) : NULL;
    XDECREF(zero);
    DECREF(last);
    if (!total) goto done;
    double dtotal = float_as_double(total);
    if (dtotal == -1.0 && err_occurred()) goto done;
    {
        Object *fz = float_from_double(0.0);
        int notpos = fz ? obj_richcompare_bool(total, fz, CMP_LE) : -1;
        XDECREF(fz);
        if (notpos < 0) goto done;
        if (notpos) {
            err_format(&Exc_ValueError, "Total of weights must be greater than zero");
            goto done;
        }
    }
    if (!isfinite(dtotal)) {
        err_format(&Exc_ValueError, "Total of weights must be finite");
        goto done;
    }
    ssize_t k = num_as_ssize(kobj, &Exc_OverflowError);
    if (k == -1 && err_occurred()) goto done;
    if (k < 0) k = 0;
    /* Fast path: cumulative weights that are floats, or ints exact in a double, compare in C
     * exactly as Python compares them with the float random() * total. */
    bool fast = IS_FLOAT_EXACT(total);
    if (fast) {
        cumd = mem_alloc((size_t)(nc ? nc : 1) * sizeof(double));
        if (!cumd) { err_no_memory(); goto done; }
        for (ssize_t i = 0; fast && i < nc; i++) {
            Object *w = seq_item(cum, i);
            if (!w) goto done;
            if (IS_FLOAT_EXACT(w)) cumd[i] = FLOAT_VAL(w);
            else if (IS_INT_EXACT(w) && int_is_compact(w)) cumd[i] = (double)int_compact_value(w);
            else fast = false;
            DECREF(w);
        }
    }
    res = list_new(k);
    if (!res) goto done;
    for (ssize_t i = 0; i < k; i++) LIST_SET(res, i, NEWREF(NONE));
    ssize_t hi0 = n - 1;
    for (ssize_t i = 0; i < k; i++) {
        double r;
        if (src_random(&src, &r) < 0) { CLEAR(res); goto done; }
        ssize_t lo = 0, hi = hi0;
        if (fast) {
            double x = r * FLOAT_VAL(total);
            while (lo < hi) {
                ssize_t mid = (lo + hi) / 2;
                if (x < cumd[mid]) hi = mid; else lo = mid + 1;
            }
        } else {
            Object *rf = float_from_double(r);
            Object *x = rf ? num_multiply(rf, total) : NULL;
            XDECREF(rf);
            if (!x) { CLEAR(res); goto done; }
            while (lo < hi) {
                ssize_t mid = (lo + hi) / 2;
                Object *w = seq_item(cum, mid);
                int lt = w ? obj_richcompare_bool(x, w, CMP_LT) : -1;
                XDECREF(w);
                if (lt < 0) { DECREF(x); CLEAR(res); goto done; }
                if (lt) hi = mid; else lo = mid + 1;
            }
            DECREF(x);
        }
        Object *v = seq_item(population, lo);
        if (!v) { CLEAR(res); goto done; }
        Object *old = LIST_GET(res, i);
        LIST_SET(res, i, v);
        DECREF(old);
    }
done:
    src_fini(&src);
    XDECREF(cumlist);
    XDECREF(total);
    mem_free(cumd);
    return res;
}

/* ---- real distributions ------------------------------------------------------------------- */

/* Parameters as doubles: exact floats and ints as Python's float arithmetic would see them. */
static int dbl(Object *o, double *out) {
    if (IS_FLOAT_EXACT(o)) { *out = FLOAT_VAL(o); return 0; }
    double d = float_as_double(o);
    if (d == -1.0 && err_occurred()) return -1;
    *out = d;
    return 0;
}

static int get_random(Object *self, double *out) {
    RandSrc s;
    if (src_init(&s, self) < 0) return -1;
    int r = src_random(&s, out);
    src_fini(&s);
    return r;
}

static Object *random_uniform(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    static const char *const kwlist[] = {"a", "b", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse("uniform", args, nargs, kwnames, kwlist, 2, 2, a) < 0) return NULL;
    double r;
    bool simple = (IS_FLOAT_EXACT(a[0]) || (IS_INT_EXACT(a[0]) && int_is_compact(a[0]))) &&
                  (IS_FLOAT_EXACT(a[1]) || (IS_INT_EXACT(a[1]) && int_is_compact(a[1])));
    if (simple && !(IS_INT_EXACT(a[0]) && IS_INT_EXACT(a[1]))) {
        double x, y;
        if (dbl(a[0], &x) < 0 || dbl(a[1], &y) < 0 || get_random(self, &r) < 0) return NULL;
        return float_from_double(x + (y - x) * r);
    }
    /* a + (b - a) * self.random(), with Python's arithmetic (exact int differences). */
    Object *diff = num_subtract(a[1], a[0]);
    if (!diff) return NULL;
    if (get_random(self, &r) < 0) { DECREF(diff); return NULL; }
    Object *rf = float_from_double(r);
    Object *p = rf ? num_multiply(diff, rf) : NULL;
    XDECREF(rf);
    DECREF(diff);
    if (!p) return NULL;
    Object *res = num_add(a[0], p);
    DECREF(p);
    return res;
}

static Object *random_triangular(Object *self, Object *const *args, ssize_t nargs,
                                 Object *kwnames) {
    static const char *const kwlist[] = {"low", "high", "mode", NULL};
    Object *a[3] = {NULL, NULL, NULL};
    if (args_parse("triangular", args, nargs, kwnames, kwlist, 0, 3, a) < 0) return NULL;
    double low = 0.0, high = 1.0, u, c;
    if ((a[0] && dbl(a[0], &low) < 0) || (a[1] && dbl(a[1], &high) < 0)) return NULL;
    if (get_random(self, &u) < 0) return NULL;
    if (!a[2] || a[2] == NONE) {
        c = 0.5;
    } else {
        double mode;
        if (dbl(a[2], &mode) < 0) return NULL;
        if (high - low == 0.0) {
            /* ZeroDivisionError in random.py: the result is low itself */
            return a[0] ? NEWREF(a[0]) : float_from_double(0.0);
        }
        c = (mode - low) / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low; low = high; high = t;
    }
    return float_from_double(low + (high - low) * sqrt(u * c));
}

#define NV_MAGICCONST 1.7155277699214135     /* 4 * exp(-0.5) / sqrt(2.0) */
#define TWOPI 6.283185307179586
#define LOG4 1.3862943611198906
#define SG_MAGICCONST 2.504077396776274       /* 1.0 + log(4.5) */

static int normal(RandSrc *s, double mu, double sigma, double *out) {
    double u1, u2, z, zz;
    for (;;) {
        if (src_random(s, &u1) < 0 || src_random(s, &u2) < 0) return -1;
        u2 = 1.0 - u2;
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        zz = z * z / 4.0;
        if (zz <= -log(u2)) break;
    }
    *out = mu + z * sigma;
    return 0;
}

/* mu=0.0, sigma=1.0 style optional float pairs. */
static int two_params(const char *name, const char *n1, const char *n2, double d1, double d2,
                      int min, Object *const *args, ssize_t nargs, Object *kwnames,
                      double *x, double *y) {
    const char *kwlist[] = {n1, n2, NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse(name, args, nargs, kwnames, kwlist, min, 2, a) < 0) return -1;
    *x = d1;
    *y = d2;
    if ((a[0] && dbl(a[0], x) < 0) || (a[1] && dbl(a[1], y) < 0)) return -1;
    return 0;
}

static Object *random_normalvariate(Object *self, Object *const *args, ssize_t nargs,
                                    Object *kwnames) {
    double mu, sigma, r;
    if (two_params("normalvariate", "mu", "sigma", 0.0, 1.0, 0, args, nargs, kwnames, &mu,
                   &sigma) < 0)
        return NULL;
    RandSrc s;
    if (src_init(&s, self) < 0) return NULL;
    int rc = normal(&s, mu, sigma, &r);
    src_fini(&s);
    return rc < 0 ? NULL : float_from_double(r);
}

static Object *random_lognormvariate(Object *self, Object *const *args, ssize_t nargs,
                                     Object *kwnames) {
    double mu, sigma, r;
    if (two_params("lognormvariate", "mu", "sigma", 0.0, 1.0, 2, args, nargs, kwnames, &mu,
                   &sigma) < 0)
        return NULL;
    Object *nv = NULL;
    if (overridden(self, str_random, own_random) || TYPE(self) != &RandomType) {
        /* self.normalvariate(mu, sigma), in case a subclass changed it */
        Object *argv[2] = {float_from_double(mu), float_from_double(sigma)};
        if (argv[0] && argv[1]) nv = obj_call_method(self, "normalvariate", argv, 2);
        XDECREF(argv[0]);
        XDECREF(argv[1]);
        if (!nv) return NULL;
        r = float_as_double(nv);
        DECREF(nv);
        if (r == -1.0 && err_occurred()) return NULL;
    } else {
        RandSrc s;
        if (src_init(&s, self) < 0) return NULL;
        int rc = normal(&s, mu, sigma, &r);
        src_fini(&s);
        if (rc < 0) return NULL;
    }
    errno = 0;
    double e = exp(r);
    if (isinf(e)) return err_format(&Exc_OverflowError, "math range error");
    return float_from_double(e);
}

static Object *random_gauss(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    double mu, sigma, z;
    if (two_params("gauss", "mu", "sigma", 0.0, 1.0, 0, args, nargs, kwnames, &mu, &sigma) < 0)
        return NULL;
    RandomObject *r = (RandomObject *)self;
    RandSrc s;
    if (src_init(&s, self) < 0) return NULL;
    bool have = r->has_gauss_next;
    z = r->gauss_next;
    r->has_gauss_next = false;
    if (!have) {
        double u1, u2;
        if (src_random(&s, &u1) < 0 || src_random(&s, &u2) < 0) { src_fini(&s); return NULL; }
        double x2pi = u1 * TWOPI;
        double g2rad = sqrt(-2.0 * log(1.0 - u2));
        z = cos(x2pi) * g2rad;
        r->gauss_next = sin(x2pi) * g2rad;
        r->has_gauss_next = true;
    }
    src_fini(&s);
    return float_from_double(mu + z * sigma);
}

static Object *random_expovariate(Object *self, Object *const *args, ssize_t nargs,
                                  Object *kwnames) {
    static const char *const kwlist[] = {"lambd", NULL};
    Object *a[1] = {NULL};
    if (args_parse("expovariate", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    double lambd, u;
    if (dbl(a[0], &lambd) < 0 || get_random(self, &u) < 0) return NULL;
    if (lambd == 0.0) return err_format(&Exc_ZeroDivisionError, "float division by zero");
    return float_from_double(-log(1.0 - u) / lambd);
}

static Object *random_vonmisesvariate(Object *self, Object *const *args, ssize_t nargs,
                                      Object *kwnames) {
    double mu, kappa, u1, u2, u3, z, d;
    if (two_params("vonmisesvariate", "mu", "kappa", 0.0, 0.0, 2, args, nargs, kwnames, &mu,
                   &kappa) < 0)
        return NULL;
    RandSrc s;
    if (src_init(&s, self) < 0) return NULL;
    Object *res = NULL;
    if (kappa <= 1e-6) {
        if (src_random(&s, &u1) == 0) res = float_from_double(TWOPI * u1);
        goto done;
    }
    double sv = 0.5 / kappa, r = sv + sqrt(1.0 + sv * sv);
    for (;;) {
        if (src_random(&s, &u1) < 0) goto done;
        z = cos(M_PI * u1);
        d = z / (r + z);
        if (src_random(&s, &u2) < 0) goto done;
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    double q = 1.0 / r, f = (q + z) / (1.0 + q * z);
    if (src_random(&s, &u3) < 0) goto done;
    double theta = u3 > 0.5 ? fmod(mu + acos(f), TWOPI) : fmod(mu - acos(f), TWOPI);
    /* Python's % takes the sign of the divisor */
    if (theta < 0.0) theta += TWOPI;
    else if (theta == 0.0) theta = 0.0;
    res = float_from_double(theta);
done:
    src_fini(&s);
    return res;
}

static int gamma_impl(RandSrc *s, double alpha, double beta, double *out) {
    double u, u1, u2, x;
    if (alpha <= 0.0 || beta <= 0.0) {
        err_format(&Exc_ValueError, "gammavariate: alpha and beta must be > 0.0");
        return -1;
    }
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0), bbb = alpha - LOG4, ccc = alpha + ainv;
        for (;;) {
            if (src_random(s, &u1) < 0) return -1;
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            if (src_random(s, &u2) < 0) return -1;
            u2 = 1.0 - u2;
            double v = log(u1 / (1.0 - u1)) / ainv;
            x = alpha * exp(v);
            double z = u1 * u1 * u2, r = bbb + ccc * v - x;
            if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) {
                *out = x * beta;
                return 0;
            }
        }
    }
    if (alpha == 1.0) {
        if (src_random(s, &u) < 0) return -1;
        *out = -log(1.0 - u) * beta;
        return 0;
    }
    for (;;) {
        if (src_random(s, &u) < 0) return -1;
        double b = (M_E + alpha) / M_E, p = b * u;
        if (p <= 1.0) x = pow(p, 1.0 / alpha);
        else x = -log((b - p) / alpha);
        if (src_random(s, &u1) < 0) return -1;
        if (p > 1.0) {
            if (u1 <= pow(x, alpha - 1.0)) break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    *out = x * beta;
    return 0;
}

static Object *random_gammavariate(Object *self, Object *const *args, ssize_t nargs,
                                   Object *kwnames) {
    double alpha, beta, r;
    if (two_params("gammavariate", "alpha", "beta", 0.0, 0.0, 2, args, nargs, kwnames, &alpha,
                   &beta) < 0)
        return NULL;
    RandSrc s;
    if (src_init(&s, self) < 0) return NULL;
    int rc = gamma_impl(&s, alpha, beta, &r);
    src_fini(&s);
    return rc < 0 ? NULL : float_from_double(r);
}

static Object *random_betavariate(Object *self, Object *const *args, ssize_t nargs,
                                  Object *kwnames) {
    double alpha, beta, y, y2;
    if (two_params("betavariate", "alpha", "beta", 0.0, 0.0, 2, args, nargs, kwnames, &alpha,
                   &beta) < 0)
        return NULL;
    RandSrc s;
    if (src_init(&s, self) < 0) return NULL;
    Object *res = NULL;
    if (gamma_impl(&s, alpha, 1.0, &y) == 0) {
        if (y == 0.0) res = float_from_double(0.0);
        else if (gamma_impl(&s, beta, 1.0, &y2) == 0) res = float_from_double(y / (y + y2));
    }
    src_fini(&s);
    return res;
}

static Object *random_paretovariate(Object *self, Object *const *args, ssize_t nargs,
                                    Object *kwnames) {
    static const char *const kwlist[] = {"alpha", NULL};
    Object *a[1] = {NULL};
    if (args_parse("paretovariate", args, nargs, kwnames, kwlist, 1, 1, a) < 0) return NULL;
    double alpha, u;
    if (dbl(a[0], &alpha) < 0 || get_random(self, &u) < 0) return NULL;
    if (alpha == 0.0) return err_format(&Exc_ZeroDivisionError, "float division by zero");
    return float_from_double(pow(1.0 - u, -1.0 / alpha));
}

static Object *random_weibullvariate(Object *self, Object *const *args, ssize_t nargs,
                                     Object *kwnames) {
    double alpha, beta, u;
    if (two_params("weibullvariate", "alpha", "beta", 0.0, 0.0, 2, args, nargs, kwnames, &alpha,
                   &beta) < 0)
        return NULL;
    if (get_random(self, &u) < 0) return NULL;
    if (beta == 0.0) return err_format(&Exc_ZeroDivisionError, "float division by zero");
    return float_from_double(alpha * pow(-log(1.0 - u), 1.0 / beta));
}

static Object *gauss_next_get(Object *self, void *closure) {
    return gauss_next_obj((RandomObject *)self);
}

static int gauss_next_set(Object *self, Object *v, void *closure) {
    if (!v) { ((RandomObject *)self)->has_gauss_next = false; return 0; }
    return set_gauss_next((RandomObject *)self, v);
}

static Object *random_dict_get(Object *self, void *closure) {
    RandomObject *r = (RandomObject *)self;
    if (!r->dict && !(r->dict = dict_new())) return NULL;
    return NEWREF(r->dict);
}

static GetSetDef random_getset[] = {
    {"gauss_next", gauss_next_get, gauss_next_set, NULL, NULL},
    {"__dict__", random_dict_get, NULL, NULL, NULL},
    {NULL}
};

#define KW(name) (void *)random_##name, METH_FASTCALL | METH_KEYWORDS
static MethodDef random_methods[] = {
    {"random", (void *)random_random, METH_NOARGS, "random() -> x in the interval [0, 1)."},
    {"getrandbits", (void *)random_getrandbits, METH_O,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"seed", KW(seed), "Initialize internal state from a seed."},
    {"getstate", (void *)random_getstate, METH_NOARGS,
     "Return internal state; can be passed to setstate() later."},
    {"setstate", (void *)random_setstate, METH_O,
     "Restore internal state from object returned by getstate()."},
    {"__getstate__", (void *)random_getstate_m, METH_NOARGS, NULL},
    {"__setstate__", (void *)random_setstate_m, METH_O, NULL},
    {"__reduce__", (void *)random_reduce, METH_NOARGS, NULL},
    {"_randbelow", (void *)random_randbelow, METH_O, "Return a random int in the range [0,n)."},
    {"_randbelow_with_getrandbits", (void *)random_randbelow, METH_O,
     "Return a random int in the range [0,n).  Defined for n > 0."},
    {"_randbelow_without_getrandbits", (void *)random_randbelow_without, METH_O,
     "Return a random int in the range [0,n).  Defined for n > 0."},
    {"randbytes", (void *)random_randbytes, METH_O, "Generate n random bytes."},
    {"randrange", KW(randrange),
     "Choose a random item from range(stop) or range(start, stop[, step])."},
    {"randint", KW(randint), "Return random integer in range [a, b], including both end points."},
    {"choice", (void *)random_choice, METH_O, "Choose a random element from a non-empty sequence."},
    {"shuffle", (void *)random_shuffle, METH_O, "Shuffle list x in place, and return None."},
    {"sample", KW(sample), "Chooses k unique random elements from a population sequence."},
    {"choices", KW(choices),
     "Return a k sized list of population elements chosen with replacement."},
    {"uniform", KW(uniform),
     "Get a random number in the range [a, b) or [a, b] depending on rounding."},
    {"triangular", KW(triangular), "Triangular distribution."},
    {"normalvariate", KW(normalvariate), "Normal distribution."},
    {"lognormvariate", KW(lognormvariate), "Log normal distribution."},
    {"gauss", KW(gauss), "Gaussian distribution."},
    {"expovariate", KW(expovariate), "Exponential distribution."},
    {"vonmisesvariate", KW(vonmisesvariate), "Circular data distribution."},
    {"gammavariate", KW(gammavariate), "Gamma distribution.  Not the gamma function!"},
    {"betavariate", KW(betavariate), "Beta distribution."},
    {"paretovariate", KW(paretovariate), "Pareto distribution.  alpha is the shape parameter."},
    {"weibullvariate", KW(weibullvariate), "Weibull distribution."},
    {NULL}
};

static TypeObject RandomType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "random.Random",
    .tp_basicsize = sizeof(RandomObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "Random number generator base class used by bound module functions.",
    .tp_dealloc = random_dealloc,
    .tp_traverse = random_traverse,
    .tp_clear = random_clear,
    .tp_methods = random_methods,
    .tp_getset = random_getset,
    .tp_dictoffset = offsetof(RandomObject, dict),
    .tp_init = random_init,
    .tp_new = random_new,
};

/* ---- SystemRandom: the same methods over the OS's entropy ------------------------------------ */

static Object *sysrandom_random(Object *self, Object *unused) {
    unsigned char b[7];
    if (urandom_fill(b, 7) < 0) return err_from_errno(&Exc_OSError, NULL);
    uint64_t v = 0;
    for (int i = 0; i < 7; i++) v = v << 8 | b[i];
    return float_from_double((double)(v >> 3) * RECIP_BPF);
}

static Object *sysrandom_getrandbits(Object *self, Object *arg) {
    ssize_t k = num_as_ssize(arg, &Exc_OverflowError);
    if (k == -1 && err_occurred()) return NULL;
    if (k < 0) return err_format(&Exc_ValueError, "number of bits must be non-negative");
    size_t nbytes = (size_t)(k + 7) / 8;
    unsigned char *buf = mem_alloc(nbytes ? nbytes : 1);
    if (!buf) return err_no_memory();
    if (urandom_fill(buf, nbytes) < 0) { mem_free(buf); return err_from_errno(&Exc_OSError, NULL); }
    if (nbytes && k % 8) buf[0] &= (unsigned char)((1u << (k % 8)) - 1);   /* big-endian top */
    Object *r = int_from_bytes(buf, nbytes, false, false);
    mem_free(buf);
    return r;
}

static Object *sysrandom_randbytes(Object *self, Object *arg) {
    ssize_t n = num_as_ssize(arg, &Exc_OverflowError);
    if (n == -1 && err_occurred()) return NULL;
    if (n < 0) return err_format(&Exc_ValueError, "negative argument not allowed");
    Object *b = bytes_from_data(NULL, n);
    if (b && urandom_fill(BYTES_DATA(b), (size_t)n) < 0) {
        DECREF(b);
        return err_from_errno(&Exc_OSError, NULL);
    }
    return b;
}

static Object *sysrandom_seed(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    RETURN_NONE;
}

static Object *sysrandom_notimpl(Object *self, Object *const *args, ssize_t nargs, Object *kw) {
    return err_format(&Exc_NotImplementedError, "System entropy source does not have state.");
}

static int sysrandom_init(Object *self, Object *const *args, ssize_t nargs, Object *kwnames) {
    return 0;
}

static MethodDef sysrandom_methods[] = {
    {"random", (void *)sysrandom_random, METH_NOARGS,
     "Get the next random number in the range 0.0 <= X < 1.0."},
    {"getrandbits", (void *)sysrandom_getrandbits, METH_O,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"randbytes", (void *)sysrandom_randbytes, METH_O, "Generate n random bytes."},
    {"seed", (void *)sysrandom_seed, METH_FASTCALL | METH_KEYWORDS,
     "Stub method.  Not used for a system random number generator."},
    {"getstate", (void *)sysrandom_notimpl, METH_FASTCALL | METH_KEYWORDS,
     "Method should not be called for a system random number generator."},
    {"setstate", (void *)sysrandom_notimpl, METH_FASTCALL | METH_KEYWORDS,
     "Method should not be called for a system random number generator."},
    {NULL}
};

static TypeObject SystemRandomType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "random.SystemRandom",
    .tp_basicsize = sizeof(RandomObject),
    .tp_flags = TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC,
    .tp_doc = "Alternate random number generator using sources provided by the operating system.",
    .tp_base = &RandomType,
    .tp_dealloc = random_dealloc,
    .tp_traverse = random_traverse,
    .tp_clear = random_clear,
    .tp_methods = sysrandom_methods,
    .tp_init = sysrandom_init,
};

/* ---- the module ------------------------------------------------------------------------------ */

/* The module-level functions: the methods of _inst, bound to it (random.py's `random =
 * _inst.random` ...). */
static const char *const bound_names[] = {
    "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample",
    "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
    "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate",
    "setstate", "getrandbits", "randbytes",
};

static const char *const all_names[] = {
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate",
    "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate",
    "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle",
    "triangular", "uniform", "vonmisesvariate", "weibullvariate",
};

static MethodDef *find_method(const char *name) {
    for (MethodDef *m = random_methods; m->name; m++)
        if (strcmp(m->name, name) == 0) return m;
    return NULL;
}

static int random_module_init(Object *m) {
    if (type_ready(&RandomType) < 0 || type_ready(&SystemRandomType) < 0) return -1;
    if (dict_setitem_str(RandomType.tp_dict, "VERSION", SMALL_INT(3)) < 0) return -1;
    struct { Object **s, **own; const char *name; } names[] = {
        {&str_random, &own_random, "random"}, {&str_getrandbits, &own_getrandbits, "getrandbits"},
        {&str_randbelow, &own_randbelow, "_randbelow"}, {&str_seed, &own_seed, "seed"},
        {&str_sample, &own_sample, "sample"}, {&str_randrange, &own_randrange, "randrange"},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (!*names[i].s && !(*names[i].s = str_intern_cstr(names[i].name))) return -1;
        *names[i].own = dict_getitem(RandomType.tp_dict, *names[i].s);   /* borrowed; static */
    }
    if (module_add(m, "Random", NEWREF(OBJ(&RandomType))) < 0 ||
        module_add(m, "SystemRandom", NEWREF(OBJ(&SystemRandomType))) < 0)
        return -1;
    Object *inst = random_new(&RandomType, NULL, 0, NULL);
    if (!inst || seed_impl(inst, NULL, NULL) < 0) { XDECREF(inst); return -1; }
    if (module_add(m, "_inst", NEWREF(inst)) < 0) { DECREF(inst); return -1; }
    Object *modname = dict_getitem_str(MODULE_DICT(m), "__name__");
    for (size_t i = 0; i < sizeof bound_names / sizeof *bound_names; i++) {
        Object *f = cfunction_new(find_method(bound_names[i]), inst, modname);
        if (!f || module_add(m, bound_names[i], f) < 0) { DECREF(inst); return -1; }
    }
    DECREF(inst);
    if (module_add(m, "NV_MAGICCONST", float_from_double(NV_MAGICCONST)) < 0 ||
        module_add(m, "TWOPI", float_from_double(TWOPI)) < 0 ||
        module_add(m, "LOG4", float_from_double(LOG4)) < 0 ||
        module_add(m, "SG_MAGICCONST", float_from_double(SG_MAGICCONST)) < 0 ||
        module_add(m, "BPF", int_from_long(BPF)) < 0 ||
        module_add(m, "RECIP_BPF", float_from_double(RECIP_BPF)) < 0)
        return -1;
    size_t n = sizeof all_names / sizeof *all_names;
    Object *all = list_new((ssize_t)n);
    if (!all) return -1;
    for (size_t i = 0; i < n; i++) {
        Object *s = str_from_cstr(all_names[i]);
        if (!s) { DECREF(all); return -1; }
        LIST_SET(all, (ssize_t)i, s);
    }
    return module_add(m, "__all__", all);
}

ModuleDef random_module_def = {
    "random",
    "Random variable generators.",
    NULL, random_module_init
};
