/* json.c — JSON for the notebook runner: a recursive-descent reader (RFC 8259, as Python's json
 * module accepts it, minus NaN/Infinity) and a writer that formats as json.dumps does, so that
 * a notebook written by ouro reads and diffs like one written by Jupyter (nbformat writes with
 * indent=1, sort_keys=True, ensure_ascii=False).
 *
 * Error messages take the words of Python's json module ("Expecting ',' delimiter") with the
 * place as "line L column C" (columns count characters from 1). */
#include "json.h"
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Deeper nesting than this is refused rather than risking the C stack; notebooks nest 5 deep. */
#define JSON_MAX_DEPTH 1000

typedef struct Reader {
    const char *s, *end, *p;
    char *err;
    size_t errlen;
    int depth;
} Reader;

/* ---- building values ---------------------------------------------------------------------- */

Json *json_new(JsonType t) {
    Json *v = calloc(1, sizeof *v);
    if (v) v->type = t;
    return v;
}

static Json *json_text(JsonType t, const char *s, size_t n) {
    Json *v = json_new(t);
    char *c = malloc(n + 1);
    if (!v || !c) { free(v); free(c); return NULL; }
    memcpy(c, s, n);
    c[n] = 0;
    v->text = c;
    v->len = n;
    return v;
}

Json *json_string(const char *s, size_t n) { return json_text(JSON_STRING, s, n); }

Json *json_number(long long x) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", x);
    return json_text(JSON_NUMBER, buf, (size_t)n);
}

void json_free(Json *v) {
    if (!v) return;
    for (size_t i = 0; i < v->n; i++) {
        json_free(v->items[i]);
        if (v->keys) free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->text);
    free(v);
}

static int grow(Json *c) {
    if (c->n < c->cap) return 0;
    size_t cap = c->cap ? 2 * c->cap : 8;
    Json **items = realloc(c->items, cap * sizeof *items);
    if (!items) return -1;
    c->items = items;
    if (c->type == JSON_OBJECT) {
        char **keys = realloc(c->keys, cap * sizeof *keys);
        if (!keys) return -1;
        c->keys = keys;
    }
    c->cap = cap;
    return 0;
}

int json_push(Json *a, Json *v) {
    if (!v || grow(a) < 0) { json_free(v); return -1; }
    a->items[a->n++] = v;
    return 0;
}

int json_set(Json *o, const char *key, Json *v) {
    if (!v) return -1;
    for (size_t i = 0; i < o->n; i++)
        if (strcmp(o->keys[i], key) == 0) { json_free(o->items[i]); o->items[i] = v; return 0; }
    char *k = strdup(key);
    if (!k || grow(o) < 0) { free(k); json_free(v); return -1; }
    o->keys[o->n] = k;
    o->items[o->n++] = v;
    return 0;
}

Json *json_get(const Json *o, const char *key) {
    if (!o || o->type != JSON_OBJECT) return NULL;
    for (size_t i = 0; i < o->n; i++)
        if (strcmp(o->keys[i], key) == 0) return o->items[i];
    return NULL;
}

/* ---- reading ------------------------------------------------------------------------------ */

static void *fail_at(Reader *r, const char *at, const char *fmt, ...) {
    if (r->err[0]) return NULL;         /* keep the first, innermost message */
    int line = 1, col = 1;
    for (const char *q = r->s; q < at && q < r->end; q++) {
        if (*q == '\n') { line++; col = 1; }
        else if (((unsigned char)*q & 0xC0) != 0x80) col++;
    }
    int n = snprintf(r->err, r->errlen, "line %d column %d: ", line, col);
    if (n < 0 || (size_t)n >= r->errlen) return NULL;
    va_list va;
    va_start(va, fmt);
    vsnprintf(r->err + n, r->errlen - (size_t)n, fmt, va);
    va_end(va);
    return NULL;
}

static void skip_ws(Reader *r) {
    while (r->p < r->end && (*r->p == ' ' || *r->p == '\t' || *r->p == '\n' || *r->p == '\r'))
        r->p++;
}

static int hex4(const char *p, const char *end) {
    if (end - p < 4) return -1;
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

static size_t put_utf8(char *o, uint32_t c) {
    if (c < 0x80) { o[0] = (char)c; return 1; }
    if (c < 0x800) { o[0] = (char)(0xC0 | c >> 6); o[1] = (char)(0x80 | (c & 0x3F)); return 2; }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | c >> 12); o[1] = (char)(0x80 | (c >> 6 & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | c >> 18); o[1] = (char)(0x80 | (c >> 12 & 0x3F));
    o[2] = (char)(0x80 | (c >> 6 & 0x3F)); o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* A string; r->p is at the opening quote.  Escapes never make the text longer, so the
 * decoded text fits in as many bytes as the literal. */
static Json *read_string(Reader *r) {
    const char *start = r->p++;
    const char *q = r->p;
    while (q < r->end && *q != '"') q += (*q == '\\' && q + 1 < r->end) ? 2 : 1;
    if (q >= r->end) return fail_at(r, start, "Unterminated string starting here");
    char *buf = malloc((size_t)(q - r->p) + 1);
    if (!buf) return fail_at(r, start, "out of memory");
    size_t n = 0;
    while (r->p < q) {
        unsigned char c = (unsigned char)*r->p;
        if (c < 0x20) { free(buf); return fail_at(r, r->p, "Invalid control character"); }
        if (c != '\\') { buf[n++] = (char)c; r->p++; continue; }
        char e = r->p[1];
        const char *esc = strchr("\"\\/bfnrt", e);
        if (e && esc) {
            buf[n++] = "\"\\/\b\f\n\r\t"[esc - "\"\\/bfnrt"];
            r->p += 2;
            continue;
        }
        if (e != 'u') { free(buf); return fail_at(r, r->p, "Invalid \\escape"); }
        int u = hex4(r->p + 2, q);
        if (u < 0) { free(buf); return fail_at(r, r->p, "Invalid \\uXXXX escape"); }
        r->p += 6;
        uint32_t cp = (uint32_t)u;
        if (u >= 0xD800 && u < 0xDC00 && q - r->p >= 6 && r->p[0] == '\\' && r->p[1] == 'u') {
            int lo = hex4(r->p + 2, q);
            if (lo >= 0xDC00 && lo < 0xE000) {
                cp = 0x10000 + ((uint32_t)(u - 0xD800) << 10) + (uint32_t)(lo - 0xDC00);
                r->p += 6;
            }
        }
        n += put_utf8(buf + n, cp);     /* a lone surrogate is kept as its 3-byte form */
    }
    r->p = q + 1;
    buf[n] = 0;
    Json *v = json_new(JSON_STRING);
    if (!v) { free(buf); return fail_at(r, start, "out of memory"); }
    v->text = buf;
    v->len = n;
    return v;
}

static Json *read_number(Reader *r) {
    const char *start = r->p, *p = r->p;
    if (p < r->end && *p == '-') p++;
    if (p >= r->end || *p < '0' || *p > '9') return fail_at(r, start, "Expecting value");
    if (*p == '0') p++;
    else while (p < r->end && *p >= '0' && *p <= '9') p++;
    if (p + 1 < r->end && *p == '.' && p[1] >= '0' && p[1] <= '9') {
        p++;
        while (p < r->end && *p >= '0' && *p <= '9') p++;
    }
    if (p < r->end && (*p == 'e' || *p == 'E')) {
        const char *e = p + 1;
        if (e < r->end && (*e == '+' || *e == '-')) e++;
        if (e < r->end && *e >= '0' && *e <= '9') {
            while (e < r->end && *e >= '0' && *e <= '9') e++;
            p = e;
        }
    }
    r->p = p;
    Json *v = json_text(JSON_NUMBER, start, (size_t)(p - start));
    return v ? v : fail_at(r, start, "out of memory");
}

static Json *read_value(Reader *r);

static Json *read_container(Reader *r, bool object) {
    const char *open = r->p++;
    if (++r->depth > JSON_MAX_DEPTH) return fail_at(r, open, "nested too deeply");
    Json *c = json_new(object ? JSON_OBJECT : JSON_ARRAY);
    if (!c) return fail_at(r, open, "out of memory");
    char close = object ? '}' : ']';
    skip_ws(r);
    if (r->p < r->end && *r->p == close) { r->p++; r->depth--; return c; }
    for (;;) {
        skip_ws(r);
        Json *key = NULL;
        if (object) {
            if (r->p >= r->end || *r->p != '"')
                goto bad_name;
            key = read_string(r);
            if (!key) goto fail;
            skip_ws(r);
            if (r->p >= r->end || *r->p != ':') {
                json_free(key);
                fail_at(r, r->p, "Expecting ':' delimiter");
                goto fail;
            }
            r->p++;
        }
        Json *v = read_value(r);
        if (!v) { json_free(key); goto fail; }
        int ok = object ? json_set(c, key->text, v) : json_push(c, v);
        json_free(key);
        if (ok < 0) { fail_at(r, r->p, "out of memory"); goto fail; }
        skip_ws(r);
        if (r->p < r->end && *r->p == close) { r->p++; r->depth--; return c; }
        if (r->p >= r->end || *r->p != ',') {
            fail_at(r, r->p, "Expecting ',' delimiter");
            goto fail;
        }
        r->p++;
        if (object) {
            skip_ws(r);
            if (r->p >= r->end || *r->p != '"') goto bad_name;
        }
    }
bad_name:
    fail_at(r, r->p, "Expecting property name enclosed in double quotes");
fail:
    json_free(c);
    return NULL;
}

static bool word(Reader *r, const char *w) {
    size_t n = strlen(w);
    if ((size_t)(r->end - r->p) < n || memcmp(r->p, w, n) != 0) return false;
    r->p += n;
    return true;
}

static Json *read_value(Reader *r) {
    skip_ws(r);
    if (r->p >= r->end) return fail_at(r, r->p, "Expecting value");
    switch (*r->p) {
    case '{': return read_container(r, true);
    case '[': return read_container(r, false);
    case '"': return read_string(r);
    case 'n': if (word(r, "null")) return json_new(JSON_NULL); break;
    case 't': if (word(r, "true")) return json_new(JSON_TRUE); break;
    case 'f': if (word(r, "false")) return json_new(JSON_FALSE); break;
    default: return read_number(r);
    }
    return fail_at(r, r->p, "Expecting value");
}

Json *json_parse(const char *src, size_t len, char *err, size_t errlen) {
    Reader r = { src, src + len, src, err, errlen, 0 };
    err[0] = 0;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) r.p += 3;    /* a BOM */
    Json *v = read_value(&r);
    if (!v) {
        if (!err[0]) fail_at(&r, r.p, "out of memory");
        return NULL;
    }
    skip_ws(&r);
    if (r.p < r.end) { json_free(v); return fail_at(&r, r.p, "Extra data"); }
    return v;
}

/* ---- writing ------------------------------------------------------------------------------ */

typedef struct Out { char *b; size_t n, cap; bool oom; } Out;

static void put(Out *o, const char *s, size_t n) {
    if (o->oom) return;
    if (o->n + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 4096;
        while (o->n + n + 1 > cap) cap *= 2;
        char *b = realloc(o->b, cap);
        if (!b) { o->oom = true; return; }
        o->b = b;
        o->cap = cap;
    }
    memcpy(o->b + o->n, s, n);
    o->n += n;
    o->b[o->n] = 0;
}

static void puts_(Out *o, const char *s) { put(o, s, strlen(s)); }

/* A string as json.dumps(ensure_ascii=False) writes it: only '"', '\\' and control
 * characters are escaped. */
static void put_string(Out *o, const char *s, size_t n) {
    put(o, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        put(o, s + run, i - run);
        run = i + 1;
        char esc[8];
        switch (c) {
        case '"': puts_(o, "\\\""); break;
        case '\\': puts_(o, "\\\\"); break;
        case '\n': puts_(o, "\\n"); break;
        case '\r': puts_(o, "\\r"); break;
        case '\t': puts_(o, "\\t"); break;
        case '\b': puts_(o, "\\b"); break;
        case '\f': puts_(o, "\\f"); break;
        default: snprintf(esc, sizeof esc, "\\u%04x", c); puts_(o, esc); break;
        }
    }
    put(o, s + run, n - run);
    put(o, "\"", 1);
}

static void newline(Out *o, int indent, int level) {
    if (indent < 0) return;
    put(o, "\n", 1);
    for (int i = 0; i < indent * level; i++) put(o, " ", 1);
}

static int key_cmp(const void *a, const void *b) {
    /* Byte order of UTF-8 is code point order, which is how Python sorts str keys. */
    return strcmp(**(char *const **)a, **(char *const **)b);
}

static void write_value(Out *o, const Json *v, int indent, bool sort, int level) {
    switch (v->type) {
    case JSON_NULL: puts_(o, "null"); return;
    case JSON_TRUE: puts_(o, "true"); return;
    case JSON_FALSE: puts_(o, "false"); return;
    case JSON_NUMBER: put(o, v->text, v->len); return;
    case JSON_STRING: put_string(o, v->text, v->len); return;
    case JSON_ARRAY:
    case JSON_OBJECT: break;
    }
    bool obj = v->type == JSON_OBJECT;
    if (v->n == 0) { puts_(o, obj ? "{}" : "[]"); return; }
    /* The order to write an object's members in: pointers to its keys, sorted or not. */
    char ***order = obj ? malloc(v->n * sizeof *order) : NULL;
    if (obj && !order) { o->oom = true; return; }
    for (size_t i = 0; i < v->n && obj; i++) order[i] = &v->keys[i];
    if (obj && sort) qsort(order, v->n, sizeof order[0], key_cmp);
    puts_(o, obj ? "{" : "[");
    for (size_t i = 0; i < v->n; i++) {
        if (i) puts_(o, indent < 0 ? ", " : ",");
        newline(o, indent, level + 1);
        const Json *item = v->items[i];
        if (obj) {
            size_t k = (size_t)(order[i] - v->keys);
            put_string(o, v->keys[k], strlen(v->keys[k]));
            puts_(o, ": ");
            item = v->items[k];
        }
        write_value(o, item, indent, sort, level + 1);
    }
    free(order);
    newline(o, indent, level);
    puts_(o, obj ? "}" : "]");
}

char *json_write(const Json *v, int indent, bool sort_keys, size_t *len) {
    Out o = { NULL, 0, 0, false };
    write_value(&o, v, indent, sort_keys, 0);
    if (o.oom || !o.b) { free(o.b); return NULL; }
    if (len) *len = o.n;
    return o.b;
}
