/* hashlibmodule.c — hashlib: MD5 (RFC 1321), SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512
 * (FIPS 180-4), behind CPython's interface (hash objects of type _hashlib.HASH made by
 * hashlib.md5() ... and hashlib.new(name)).
 *
 * All six are Merkle-Damgard hashes: a state of eight (MD5: four, SHA-1: five) words, a block
 * buffer, and a compression function applied to each full block.  So one object type serves
 * them all, parameterised by an Algo record (sizes, initial state, compression function, byte
 * order).  update() compresses whole blocks straight from the caller's buffer and keeps only
 * the tail; digest() finishes a copy of the state, so an object can go on being updated.
 * Finishing appends the bit 1, zeros, and the message length in bits (64 bits; 128 for the
 * 1024-bit-block SHA-384/512), little-endian for MD5 and big-endian for the SHAs.
 *
 * The round constants are the specifications' own definitions, tabulated: MD5's are
 * floor(2**32 * |sin(i + 1)|); SHA-256's the first 32 bits of the fractional parts of the cube
 * roots of the first 64 primes, SHA-512's the first 64 bits for the first 80 primes; the
 * initial states are fractional parts of square roots of primes (2..19, or 23..53 for
 * SHA-224/384).
 *
 * Names follow CPython built against OpenSSL: the constructors are builtins named
 * openssl_md5 ..., hashlib.new accepts OpenSSL's spellings ("SHA256", "sha-256"), and
 * algorithms_guaranteed / algorithms_available list what is implemented here (SHA-3, BLAKE2
 * and SHAKE are not).  pbkdf2_hmac derives keys with HMAC over the same states: the key-padded
 * inner and outer states are computed once and copied for each of the iterations. */
#include "modules.h"
#include <limits.h>

/* ---- the algorithms -------------------------------------------------------------------------- */

typedef struct HashState {
    union { uint32_t w32[8]; uint64_t w64[8]; } h;
    uint64_t count;             /* bytes hashed so far */
    unsigned buflen;            /* bytes waiting in buf (less than a block) */
    unsigned char buf[128];
} HashState;

typedef void (*compressfn)(HashState *s, const unsigned char *p, size_t nblocks);

typedef struct Algo {
    const char *name;
    int digest_size, block_size;
    compressfn compress;
    const void *iv;             /* initial words: uint32_t[8] or uint64_t[8] */
    bool little;                /* MD5: little-endian words and length */
} Algo;

static inline uint32_t rol32(uint32_t x, int n) { return x << n | x >> (32 - n); }
static inline uint32_t ror32(uint32_t x, int n) { return x >> n | x << (32 - n); }
static inline uint64_t ror64(uint64_t x, int n) { return x >> n | x << (64 - n); }

static inline uint32_t load_be32(const unsigned char *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}
static inline uint32_t load_le32(const unsigned char *p) {
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}
static inline uint64_t load_be64(const unsigned char *p) {
    return (uint64_t)load_be32(p) << 32 | load_be32(p + 4);
}

/* -- MD5 -- */
static const uint32_t md5_k[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const uint32_t md5_iv[8] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};

/* One step: a = b + ((a + f + k + m) <<< s).  The callers rename the four words between steps
 * instead of moving them. */
#define MD5_STEP(f, a, b, c, d, i, g, s) \
    (a) = (b) + rol32((a) + (f) + md5_k[i] + m[g], (s))

static void md5_compress(HashState *st, const unsigned char *p, size_t n) {
    uint32_t *h = st->h.w32;
    for (; n--; p += 64) {
        uint32_t m[16];
        for (int i = 0; i < 16; i++) m[i] = load_le32(p + 4 * i);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
        for (int i = 0; i < 16; i += 4) {
            MD5_STEP((b & c) | (~b & d), a, b, c, d, i, i, 7);
            MD5_STEP((a & b) | (~a & c), d, a, b, c, i + 1, i + 1, 12);
            MD5_STEP((d & a) | (~d & b), c, d, a, b, i + 2, i + 2, 17);
            MD5_STEP((c & d) | (~c & a), b, c, d, a, i + 3, i + 3, 22);
        }
        for (int i = 16; i < 32; i += 4) {
            MD5_STEP((b & d) | (c & ~d), a, b, c, d, i, (5 * i + 1) & 15, 5);
            MD5_STEP((a & c) | (b & ~c), d, a, b, c, i + 1, (5 * i + 6) & 15, 9);
            MD5_STEP((d & b) | (a & ~b), c, d, a, b, i + 2, (5 * i + 11) & 15, 14);
            MD5_STEP((c & a) | (d & ~a), b, c, d, a, i + 3, (5 * i + 16) & 15, 20);
        }
        for (int i = 32; i < 48; i += 4) {
            MD5_STEP(b ^ c ^ d, a, b, c, d, i, (3 * i + 5) & 15, 4);
            MD5_STEP(a ^ b ^ c, d, a, b, c, i + 1, (3 * i + 8) & 15, 11);
            MD5_STEP(d ^ a ^ b, c, d, a, b, i + 2, (3 * i + 11) & 15, 16);
            MD5_STEP(c ^ d ^ a, b, c, d, a, i + 3, (3 * i + 14) & 15, 23);
        }
        for (int i = 48; i < 64; i += 4) {
            MD5_STEP(c ^ (b | ~d), a, b, c, d, i, (7 * i) & 15, 6);
            MD5_STEP(b ^ (a | ~c), d, a, b, c, i + 1, (7 * i + 7) & 15, 10);
            MD5_STEP(a ^ (d | ~b), c, d, a, b, i + 2, (7 * i + 14) & 15, 15);
            MD5_STEP(d ^ (c | ~a), b, c, d, a, i + 3, (7 * i + 21) & 15, 21);
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    }
}

/* -- SHA-1 -- */
static const uint32_t sha1_iv[8] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0};

static void sha1_compress(HashState *st, const unsigned char *p, size_t n) {
    uint32_t *h = st->h.w32;
    for (; n--; p += 64) {
        uint32_t w[80];
        for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
        for (int i = 16; i < 80; i++) w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], t;
#define SHA1_ROUND(f, k) \
        t = rol32(a, 5) + (f) + e + (k) + w[i]; e = d; d = c; c = rol32(b, 30); b = a; a = t
        int i = 0;
        for (; i < 20; i++) { SHA1_ROUND((b & c) | (~b & d), 0x5a827999); }
        for (; i < 40; i++) { SHA1_ROUND(b ^ c ^ d, 0x6ed9eba1); }
        for (; i < 60; i++) { SHA1_ROUND((b & c) | (b & d) | (c & d), 0x8f1bbcdc); }
        for (; i < 80; i++) { SHA1_ROUND(b ^ c ^ d, 0xca62c1d6); }
#undef SHA1_ROUND
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
    }
}

/* -- SHA-224 and SHA-256 -- */
static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};
static const uint32_t sha256_iv[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};
static const uint32_t sha224_iv[8] = {
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
};

static void sha256_compress(HashState *st, const unsigned char *p, size_t n) {
    uint32_t *h = st->h.w32;
    for (; n--; p += 64) {
        uint32_t w[64];
        for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
        for (int i = 16; i < 64; i++) {
            uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int i = 0; i < 64; i++) {
            uint32_t t1 = hh + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & f) ^ (~e & g)) +
                          sha256_k[i] + w[i];
            uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) +
                          ((a & b) ^ (a & c) ^ (b & c));
            hh = g; g = f; f = e; e = d + t1;
            d = c; c = b; b = a; a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d;
        h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
}

/* -- SHA-384 and SHA-512 -- */
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
static const uint64_t sha512_iv[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};
static const uint64_t sha384_iv[8] = {
    0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL, 0x152fecd8f70e5939ULL,
    0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL, 0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL,
};

static void sha512_compress(HashState *st, const unsigned char *p, size_t n) {
    uint64_t *h = st->h.w64;
    for (; n--; p += 128) {
        uint64_t w[80];
        for (int i = 0; i < 16; i++) w[i] = load_be64(p + 8 * i);
        for (int i = 16; i < 80; i++) {
            uint64_t s0 = ror64(w[i - 15], 1) ^ ror64(w[i - 15], 8) ^ (w[i - 15] >> 7);
            uint64_t s1 = ror64(w[i - 2], 19) ^ ror64(w[i - 2], 61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int i = 0; i < 80; i++) {
            uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) +
                          ((e & f) ^ (~e & g)) + sha512_k[i] + w[i];
            uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) +
                          ((a & b) ^ (a & c) ^ (b & c));
            hh = g; g = f; f = e; e = d + t1;
            d = c; c = b; b = a; a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d;
        h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
}

/* In the order of algorithms_guaranteed's listing in CPython's hashlib.__all__. */
static const Algo algos[] = {
    {"md5", 16, 64, md5_compress, md5_iv, true},
    {"sha1", 20, 64, sha1_compress, sha1_iv, false},
    {"sha224", 28, 64, sha256_compress, sha224_iv, false},
    {"sha256", 32, 64, sha256_compress, sha256_iv, false},
    {"sha384", 48, 128, sha512_compress, sha384_iv, false},
    {"sha512", 64, 128, sha512_compress, sha512_iv, false},
};
enum { NALGOS = sizeof algos / sizeof algos[0] };

static void state_init(HashState *s, const Algo *al) {
    memset(s, 0, sizeof *s);
    memcpy(&s->h, al->iv, al->block_size == 128 ? 64 : 32);
}

static void state_update(HashState *s, const Algo *al, const unsigned char *p, size_t n) {
    size_t bs = (size_t)al->block_size;
    if (n == 0) return;
    s->count += n;
    if (s->buflen) {
        size_t take = bs - s->buflen < n ? bs - s->buflen : n;
        memcpy(s->buf + s->buflen, p, take);
        s->buflen += (unsigned)take;
        p += take;
        n -= take;
        if (s->buflen < bs) return;
        al->compress(s, s->buf, 1);
        s->buflen = 0;
    }
    if (n >= bs) {
        al->compress(s, p, n / bs);
        p += n / bs * bs;
        n %= bs;
    }
    memcpy(s->buf, p, n);
    s->buflen = (unsigned)n;
}

/* The digest of the bytes so far, in out (digest_size bytes); *s is left unchanged. */
static void state_digest(const HashState *s, const Algo *al, unsigned char *out) {
    HashState t = *s;
    size_t bs = (size_t)al->block_size, lenbytes = bs / 8;    /* 64 or 128 bits */
    unsigned char tail[256] = {0};      /* two blocks at most */
    size_t n = t.buflen;
    memcpy(tail, t.buf, n);
    tail[n++] = 0x80;
    size_t total = n + lenbytes <= bs ? bs : 2 * bs;
    uint64_t bits = t.count << 3, hibits = t.count >> 61;
    for (int i = 0; i < 8; i++) {
        if (al->little) {
            tail[total - lenbytes + i] = (unsigned char)(bits >> (8 * i));
        } else {
            tail[total - 1 - i] = (unsigned char)(bits >> (8 * i));
            if (lenbytes == 16) tail[total - 9 - i] = (unsigned char)(hibits >> (8 * i));
        }
    }
    al->compress(&t, tail, total / bs);
    unsigned char full[64];
    if (bs == 128) {
        for (int i = 0; i < 8; i++)
            for (int j = 0; j < 8; j++)
                full[8 * i + j] = (unsigned char)(t.h.w64[i] >> (56 - 8 * j));
    } else {
        for (int i = 0; i < 8; i++)
            for (int j = 0; j < 4; j++)
                full[4 * i + j] = (unsigned char)(t.h.w32[i] >> (al->little ? 8 * j : 24 - 8 * j));
    }
    memcpy(out, full, (size_t)al->digest_size);
}

/* ---- the hash object ------------------------------------------------------------------------- */

typedef struct HashObject {
    OB_HEAD;
    const Algo *algo;
    HashState state;
} HashObject;

static TypeObject HashType;

/* The data argument as a view: CPython's GET_BUFFER_VIEW_OR_ERROUT.  0 or -1. */
static int get_data(Object *o, Buffer *view) {
    if (IS_STR(o)) {
        err_set_string(&Exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!obj_has_buffer(o)) {
        err_set_string(&Exc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return obj_get_buffer(o, view, BUF_SIMPLE);
}

static int hash_feed(HashObject *h, Object *data) {
    Buffer view;
    if (get_data(data, &view) < 0) return -1;
    state_update(&h->state, h->algo, (const unsigned char *)view.buf, (size_t)view.len);
    buffer_release(&view);
    return 0;
}

/* A new hash object for algorithm al, fed with data (may be NULL). */
static Object *hash_new(const Algo *al, Object *data) {
    HashObject *h = (HashObject *)obj_alloc(&HashType);
    if (!h) return NULL;
    h->algo = al;
    state_init(&h->state, al);
    if (data && hash_feed(h, data) < 0) {
        DECREF(h);
        return NULL;
    }
    return (Object *)h;
}

static void hash_dealloc(Object *self) { TYPE(self)->tp_free(self); }

static Object *hash_repr(Object *self) {
    return str_from_format("<%s %s object @ %p>", ((HashObject *)self)->algo->name,
                           TYPE(self)->tp_name, (void *)self);
}

static Object *hash_update(Object *self, Object *data) {
    if (hash_feed((HashObject *)self, data) < 0) return NULL;
    RETURN_NONE;
}

static Object *hash_digest(Object *self, Object *unused) {
    HashObject *h = (HashObject *)self;
    unsigned char out[64];
    state_digest(&h->state, h->algo, out);
    return bytes_from_data(out, h->algo->digest_size);
}

static Object *hash_hexdigest(Object *self, Object *unused) {
    static const char hexdigits[] = "0123456789abcdef";
    HashObject *h = (HashObject *)self;
    unsigned char out[64];
    char hex[128];
    state_digest(&h->state, h->algo, out);
    for (int i = 0; i < h->algo->digest_size; i++) {
        hex[2 * i] = hexdigits[out[i] >> 4];
        hex[2 * i + 1] = hexdigits[out[i] & 15];
    }
    return str_from_utf8(hex, 2 * h->algo->digest_size);
}

static Object *hash_copy(Object *self, Object *unused) {
    HashObject *h = (HashObject *)self;
    HashObject *c = (HashObject *)obj_alloc(&HashType);
    if (!c) return NULL;
    c->algo = h->algo;
    c->state = h->state;
    return (Object *)c;
}

static Object *hash_get_name(Object *self, void *closure) {
    return str_from_cstr(((HashObject *)self)->algo->name);
}
static Object *hash_get_digest_size(Object *self, void *closure) {
    return int_from_long(((HashObject *)self)->algo->digest_size);
}
static Object *hash_get_block_size(Object *self, void *closure) {
    return int_from_long(((HashObject *)self)->algo->block_size);
}

static MethodDef hash_methods[] = {
    {"copy", (void *)hash_copy, METH_NOARGS, "Return a copy of the hash object."},
    {"digest", (void *)hash_digest, METH_NOARGS, "Return the digest value as a bytes object."},
    {"hexdigest", (void *)hash_hexdigest, METH_NOARGS,
     "Return the digest value as a string of hexadecimal digits."},
    {"update", (void *)hash_update, METH_O, "Update this hash object's state with the provided "
     "string."},
    {NULL}
};

static GetSetDef hash_getset[] = {
    {"digest_size", hash_get_digest_size, NULL, NULL, NULL},
    {"block_size", hash_get_block_size, NULL, NULL, NULL},
    {"name", hash_get_name, NULL, NULL, NULL},
    {NULL}
};

static TypeObject HashType = {
    .ob_base = VAR_HEAD_INIT(&TypeType, 0),
    .tp_name = "_hashlib.HASH",
    .tp_basicsize = sizeof(HashObject),
    .tp_dealloc = hash_dealloc,
    .tp_repr = hash_repr,
    .tp_methods = hash_methods,
    .tp_getset = hash_getset,
    .tp_doc = "A hash is an object used to calculate a checksum of a string of information.",
};

/* ---- the module functions -------------------------------------------------------------------- */

/* openssl_NAME(string=b'', *, usedforsecurity=True) */
static Object *construct(const char *fname, const Algo *al, Object *const *args, ssize_t nargs,
                         Object *kwnames) {
    static const char *const kwlist[] = {"string", "usedforsecurity", NULL};
    Object *a[2] = {NULL, NULL};
    if (args_parse(fname, args, nargs, kwnames, kwlist, 0, 1, a) < 0) return NULL;
    return hash_new(al, a[0]);
}

#define CONSTRUCTOR(i, name) \
    static Object *m_##name(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) { \
        return construct("openssl_" #name, &algos[i], args, nargs, kwnames); \
    }
CONSTRUCTOR(0, md5)
CONSTRUCTOR(1, sha1)
CONSTRUCTOR(2, sha224)
CONSTRUCTOR(3, sha256)
CONSTRUCTOR(4, sha384)
CONSTRUCTOR(5, sha512)
#undef CONSTRUCTOR

/* Added to the module under the names without the prefix (algos[i].name). */
static MethodDef constructor_defs[NALGOS] = {
    {"openssl_md5", (void *)m_md5, METH_FASTCALL | METH_KEYWORDS,
     "Returns a md5 hash object; optionally initialized with a string"},
    {"openssl_sha1", (void *)m_sha1, METH_FASTCALL | METH_KEYWORDS,
     "Returns a sha1 hash object; optionally initialized with a string"},
    {"openssl_sha224", (void *)m_sha224, METH_FASTCALL | METH_KEYWORDS,
     "Returns a sha224 hash object; optionally initialized with a string"},
    {"openssl_sha256", (void *)m_sha256, METH_FASTCALL | METH_KEYWORDS,
     "Returns a sha256 hash object; optionally initialized with a string"},
    {"openssl_sha384", (void *)m_sha384, METH_FASTCALL | METH_KEYWORDS,
     "Returns a sha384 hash object; optionally initialized with a string"},
    {"openssl_sha512", (void *)m_sha512, METH_FASTCALL | METH_KEYWORDS,
     "Returns a sha512 hash object; optionally initialized with a string"},
};

/* The algorithm OpenSSL knows by this name (any case; "sha-256" spellings too), or NULL. */
static const Algo *algo_by_name(const char *name, ssize_t len) {
    char low[16];
    ssize_t n = 0;
    if (len >= (ssize_t)sizeof low) return NULL;
    for (ssize_t i = 0; i < len; i++) {
        char c = name[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c == '-' && n == 3 && memcmp(low, "sha", 3) == 0) continue;   /* sha-256 */
        low[n++] = c;
    }
    low[n] = '\0';
    for (int i = 0; i < NALGOS; i++)
        if (strcmp(low, algos[i].name) == 0) return &algos[i];
    return NULL;
}

/* new(name, data=b'', **kwargs): CPython's hashlib.__hash_new, which passes the keywords on
 * to _hashlib.new(name, string=None, *, usedforsecurity=True). */
static Object *m_new(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    Object *name = nargs > 0 ? args[0] : NULL, *data = nargs > 1 ? args[1] : NULL;
    if (nargs > 2)
        return err_format(&Exc_TypeError, "__hash_new() takes from 1 to 2 positional "
                          "arguments but %zd were given", nargs);
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    for (ssize_t i = 0; i < nkw; i++) {
        Object *k = TUPLE_GET(kwnames, i), *v = args[nargs + i];
        Object **slot = str_eq_cstr(k, "name") ? &name : str_eq_cstr(k, "data") ? &data : NULL;
        if (slot) {
            if (*slot)
                return err_format(&Exc_TypeError, "__hash_new() got multiple values for "
                                  "argument '%U'", k);
            *slot = v;
        } else if (str_eq_cstr(k, "string")) {
            return err_format(&Exc_TypeError, "argument for new() given by name ('string') "
                              "and position (2)");
        } else if (!str_eq_cstr(k, "usedforsecurity")) {
            return err_format(&Exc_TypeError, "'%U' is an invalid keyword argument for new()",
                              k);
        }
    }
    if (!name)
        return err_format(&Exc_TypeError, "__hash_new() missing 1 required positional "
                          "argument: 'name'");
    /* _hashlib.new looks at the data before the name. */
    Buffer view;
    bool viewed = false;
    if (data) {
        if (get_data(data, &view) < 0) return NULL;
        viewed = true;
    }
    const Algo *al = NULL;
    ssize_t len;
    const char *s = IS_STR(name) ? str_as_utf8_len(name, &len) : NULL;
    if (!s || (ssize_t)strlen(s) != len) {
        err_clear();
        err_set_string(&Exc_TypeError, "name must be a string");
    } else if (!(al = algo_by_name(s, len))) {
        err_format(&Exc_ValueError, "unsupported hash type %U", name);
    }
    Object *r = NULL;
    if (al && (r = hash_new(al, NULL)) && viewed)
        state_update(&((HashObject *)r)->state, al, (const unsigned char *)view.buf,
                     (size_t)view.len);
    if (viewed) buffer_release(&view);
    return r;
}

/* ---- PBKDF2 (RFC 8018) with HMAC (RFC 2104) ------------------------------------------------ */

static Object *unsupported_digestmod;     /* _hashlib.UnsupportedDigestmodError(ValueError) */

/* HMAC's two keyed states: the hash after absorbing key ^ ipad, and after key ^ opad. */
typedef struct Hmac { const Algo *al; HashState inner, outer; } Hmac;

static void hmac_init(Hmac *m, const Algo *al, const unsigned char *key, size_t keylen) {
    unsigned char k[128] = {0}, pad[128];
    size_t bs = (size_t)al->block_size;
    m->al = al;
    if (keylen > bs) {              /* long keys are hashed first */
        HashState t;
        state_init(&t, al);
        state_update(&t, al, key, keylen);
        state_digest(&t, al, k);
    } else {
        memcpy(k, key, keylen);
    }
    for (size_t i = 0; i < bs; i++) pad[i] = k[i] ^ 0x36;
    state_init(&m->inner, al);
    state_update(&m->inner, al, pad, bs);
    for (size_t i = 0; i < bs; i++) pad[i] = k[i] ^ 0x5c;
    state_init(&m->outer, al);
    state_update(&m->outer, al, pad, bs);
}

/* out = HMAC(key, a || b) (b may be empty). */
static void hmac_digest(const Hmac *m, const unsigned char *a, size_t na,
                        const unsigned char *b, size_t nb, unsigned char *out) {
    HashState t = m->inner;
    state_update(&t, m->al, a, na);
    state_update(&t, m->al, b, nb);
    unsigned char mid[64];
    state_digest(&t, m->al, mid);
    t = m->outer;
    state_update(&t, m->al, mid, (size_t)m->al->digest_size);
    state_digest(&t, m->al, out);
}

/* A C long from an int argument (clinic's "long"): 0, or -1 with an error. */
static int long_arg(Object *o, long *out) {
    Object *i = num_index(o);
    if (!i) return -1;
    *out = int_as_long(i);
    DECREF(i);
    return *out == -1 && err_occurred() ? -1 : 0;
}

static Object *pbkdf2_impl(const Algo *al, const unsigned char *pw, size_t npw,
                           const unsigned char *salt, size_t nsalt, long iters, long dklen) {
    Object *r = bytes_from_data(NULL, dklen);
    if (!r) return NULL;
    Hmac m;
    hmac_init(&m, al, pw, npw);
    size_t hl = (size_t)al->digest_size;
    unsigned char *out = (unsigned char *)BYTES_DATA(r);
    for (uint32_t block = 1; dklen > 0; block++) {
        unsigned char be[4] = {(unsigned char)(block >> 24), (unsigned char)(block >> 16),
                               (unsigned char)(block >> 8), (unsigned char)block};
        unsigned char u[64], t[64];
        hmac_digest(&m, salt, nsalt, be, 4, u);
        memcpy(t, u, hl);
        for (long j = 1; j < iters; j++) {
            hmac_digest(&m, u, hl, NULL, 0, u);
            for (size_t k = 0; k < hl; k++) t[k] ^= u[k];
        }
        size_t take = (size_t)dklen < hl ? (size_t)dklen : hl;
        memcpy(out, t, take);
        out += take;
        dklen -= (long)take;
    }
    return r;
}

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) */
static Object *m_pbkdf2_hmac(Object *mod, Object *const *args, ssize_t nargs,
                             Object *kwnames) {
    static const char *const kwlist[] = {"hash_name", "password", "salt", "iterations", "dklen",
                                         NULL};
    Object *a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (args_parse("pbkdf2_hmac", args, nargs, kwnames, kwlist, 4, 5, a) < 0) return NULL;
    if (!IS_STR(a[0]))
        return err_format(&Exc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, "
                          "not %.50s", TYPE(a[0])->tp_name);
    Buffer pw, salt;
    if (obj_get_buffer(a[1], &pw, BUF_SIMPLE) < 0) return NULL;
    if (obj_get_buffer(a[2], &salt, BUF_SIMPLE) < 0) {
        buffer_release(&pw);
        return NULL;
    }
    Object *r = NULL;
    long iters, dklen = 0;
    ssize_t len;
    const char *name = str_as_utf8_len(a[0], &len);
    const Algo *al = name && (ssize_t)strlen(name) == len ? algo_by_name(name, len) : NULL;
    if (long_arg(a[3], &iters) < 0) goto done;
    if (!al) {
        err_clear();
        err_set_string((TypeObject *)unsupported_digestmod,
                       "[digital envelope routines] unsupported");
        goto done;
    }
    if (iters < 1) {
        err_set_string(&Exc_ValueError, "iteration value must be greater than 0.");
        goto done;
    }
    if (iters > INT_MAX) {
        err_set_string(&Exc_OverflowError, "iteration value is too great.");
        goto done;
    }
    if (!a[4] || a[4] == NONE) {
        dklen = al->digest_size;
    } else {
        if (long_arg(a[4], &dklen) < 0) goto done;
        if (dklen < 1) {
            err_set_string(&Exc_ValueError, "key length must be greater than 0.");
            goto done;
        }
        if (dklen > INT_MAX) {
            err_set_string(&Exc_OverflowError, "key length is too great.");
            goto done;
        }
    }
    r = pbkdf2_impl(al, (const unsigned char *)pw.buf, (size_t)pw.len,
                    (const unsigned char *)salt.buf, (size_t)salt.len, iters, dklen);
done:
    buffer_release(&pw);
    buffer_release(&salt);
    return r;
}

/* ---- file_digest ----------------------------------------------------------------------------- */

/* digest_obj.update(data); 0 or -1. */
static int call_update(Object *digest, Object *data) {
    Object *r = obj_call_method(digest, "update", &data, 1);
    XDECREF(r);
    return r ? 0 : -1;
}

/* obj_lookup_attr with a C name: 1 and *out (new reference), 0, or -1. */
static int lookup(Object *o, const char *name, Object **out) {
    Object *n = str_intern_cstr(name);
    if (!n) return -1;
    int r = obj_lookup_attr(o, n, out);
    DECREF(n);
    return r;
}

/* Feed a binary file to digest: its getbuffer() when it has one (io.BytesIO), else readinto()
 * a reused bytearray of bufsize bytes until it reads nothing. */
static int digest_file(Object *digest, Object *f, Object *bufsize) {
    Object *getbuffer;
    int has = lookup(f, "getbuffer", &getbuffer);
    if (has < 0) return -1;
    if (has) {
        Object *view = obj_call0(getbuffer);
        DECREF(getbuffer);
        if (!view) return -1;
        int rc = call_update(digest, view);
        DECREF(view);
        return rc;
    }
    Object *attr;
    int ok = lookup(f, "readinto", &attr);
    if (ok > 0) {
        DECREF(attr);
        ok = lookup(f, "readable", &attr);
    }
    if (ok < 0) return -1;
    if (ok) {
        DECREF(attr);
        Object *rd = obj_call_method(f, "readable", NULL, 0);
        if (!rd) return -1;
        ok = obj_is_true(rd);
        DECREF(rd);
        if (ok < 0) return -1;
    }
    if (!ok) {
        err_format(&Exc_ValueError, "'%R' is not a file-like object in binary reading mode.",
                   f);
        return -1;
    }
    Object *buf = obj_call1(OBJ(&ByteArrayType), bufsize);
    Object *view = buf ? memoryview_from_object(buf) : NULL;
    int rc = view ? 0 : -1;
    while (rc == 0) {
        Object *size = obj_call_method(f, "readinto", &buf, 1);
        if (!size) { rc = -1; break; }
        Object *zero = int_from_long(0);
        int end = zero ? obj_richcompare_bool(size, zero, CMP_EQ) : -1;
        XDECREF(zero);
        if (end) {
            DECREF(size);
            if (end < 0) rc = -1;
            break;
        }
        Object *sl = slice_new(NULL, size, NULL);
        DECREF(size);
        Object *part = sl ? obj_getitem(view, sl) : NULL;
        XDECREF(sl);
        rc = part ? call_update(digest, part) : -1;
        XDECREF(part);
    }
    XDECREF(view);
    XDECREF(buf);
    return rc;
}

/* file_digest(fileobj, digest, /, *, _bufsize=2**18): a Python function in CPython, so its
 * argument errors are a Python function's. */
static Object *m_file_digest(Object *m, Object *const *args, ssize_t nargs, Object *kwnames) {
    ssize_t nkw = kwnames ? TUPLE_LEN(kwnames) : 0;
    Object *bufsize = NULL;
    for (ssize_t i = 0; i < nkw; i++) {
        Object *k = TUPLE_GET(kwnames, i);
        if (!str_eq_cstr(k, "_bufsize"))
            return err_format(&Exc_TypeError, "file_digest() got an unexpected keyword "
                              "argument '%U'", k);
        bufsize = args[nargs + i];
    }
    if (nargs > 2)
        return err_format(&Exc_TypeError, "file_digest() takes 2 positional arguments but "
                          "%zd were given", nargs);
    if (nargs == 0)
        return err_format(&Exc_TypeError, "file_digest() missing 2 required positional "
                          "arguments: 'fileobj' and 'digest'");
    if (nargs == 1)
        return err_format(&Exc_TypeError, "file_digest() missing 1 required positional "
                          "argument: 'digest'");
    Object *digest = IS_STR(args[1]) ? m_new(m, args + 1, 1, NULL) : obj_call0(args[1]);
    if (!digest) return NULL;
    Object *size = bufsize ? NEWREF(bufsize) : int_from_long(1L << 18);
    int rc = size ? digest_file(digest, args[0], size) : -1;
    XDECREF(size);
    if (rc < 0) CLEAR(digest);
    return digest;
}

static MethodDef hashlib_methods[] = {
    {"new", (void *)m_new, METH_FASTCALL | METH_KEYWORDS,
     "new(name, data=b'') - Return a new hashing object using the named algorithm;\n"
     "optionally initialized with data (which must be a bytes-like object)."},
    {"file_digest", (void *)m_file_digest, METH_FASTCALL | METH_KEYWORDS,
     "Hash the contents of a file-like object. Returns a digest object."},
    {"pbkdf2_hmac", (void *)m_pbkdf2_hmac, METH_FASTCALL | METH_KEYWORDS,
     "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom "
     "function."},
    {NULL}
};

/* A set of the implemented algorithms' names (new reference). */
static Object *names_set(void) {
    Object *s = set_new(NULL);
    for (int i = 0; s && i < NALGOS; i++) {
        Object *n = str_from_cstr(algos[i].name);
        if (!n || set_add(s, n) < 0) CLEAR(s);
        XDECREF(n);
    }
    return s;
}

/* class UnsupportedDigestmodError(ValueError) with __module__ '_hashlib' (new reference). */
static Object *make_unsupported(void) {
    Object *n = str_from_cstr("UnsupportedDigestmodError"), *bases = tuple_pack(1,
                                                                       OBJ(&Exc_ValueError));
    Object *ns = dict_new(), *mod = str_from_cstr("_hashlib"), *r = NULL;
    if (n && bases && ns && mod && dict_setitem_str(ns, "__module__", mod) == 0) {
        Object *args[3] = {n, bases, ns};
        r = obj_call(OBJ(&TypeType), args, 3, NULL);
    }
    XDECREF(n);
    XDECREF(bases);
    XDECREF(ns);
    XDECREF(mod);
    return r;
}

static int hashlib_init(Object *m) {
    if (type_ready(&HashType) < 0) return -1;
    if (!unsupported_digestmod && !(unsupported_digestmod = make_unsupported())) return -1;
    Object *modname = str_from_cstr("_hashlib");
    if (!modname) return -1;
    for (int i = 0; i < NALGOS; i++) {
        Object *f = cfunction_new(&constructor_defs[i], m, modname);
        if (!f || module_add(m, algos[i].name, f) < 0) {
            DECREF(modname);
            return -1;
        }
    }
    DECREF(modname);
    Object *g = names_set(), *a = g ? names_set() : NULL;
    if (!a) {
        XDECREF(g);
        return -1;
    }
    if (module_add(m, "algorithms_guaranteed", g) < 0) {
        DECREF(a);
        return -1;
    }
    return module_add(m, "algorithms_available", a);
}

ModuleDef hashlib_module_def = {
    "hashlib",
    "hashlib module - A common interface to many hash functions.\n\n"
    "new(name, data=b'', **kwargs) - returns a new hash object implementing the\n"
    "                                given hash function; initializing the hash\n"
    "                                using the given binary data.\n",
    hashlib_methods,
    hashlib_init,
};
