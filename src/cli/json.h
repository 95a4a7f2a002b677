/* json.h — a small JSON reader and writer for the notebook runner (notebook.c).
 *
 * Values are plain C trees, kept apart from the interpreter's heap on purpose: a notebook's
 * document must not add objects, references or allocations that the code it runs could see
 * (the notebooks are about ids and reference counts).  Objects keep their keys in order;
 * numbers keep their literal text so that a document written back is the one read. */
#ifndef OURO_CLI_JSON_H
#define OURO_CLI_JSON_H

#include <stdbool.h>
#include <stddef.h>

typedef enum { JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING, JSON_ARRAY,
               JSON_OBJECT } JsonType;

typedef struct Json Json;
struct Json {
    JsonType type;
    char *text;         /* STRING: UTF-8 (NUL-terminated, may hold NULs); NUMBER: the literal */
    size_t len;         /* of text */
    size_t n, cap;      /* ARRAY / OBJECT: number of items */
    Json **items;       /* ARRAY / OBJECT: the values */
    char **keys;        /* OBJECT: the keys (NUL-terminated UTF-8) */
};

/* Parse `len` bytes of UTF-8 JSON.  NULL on error, with "line L column C: what" in err. */
Json *json_parse(const char *src, size_t len, char *err, size_t errlen);
void  json_free(Json *v);

/* Builders: NULL when out of memory.  json_string copies n bytes. */
Json *json_new(JsonType t);
Json *json_string(const char *s, size_t n);
Json *json_number(long long v);
/* Append to an array / set a key of an object; both take ownership of v (also on failure,
 * when they free it and return -1).  json_set replaces an existing key in place. */
int   json_push(Json *array, Json *v);
int   json_set(Json *object, const char *key, Json *v);

/* The value of key in an object, or NULL (also when obj is not an object). */
Json *json_get(const Json *obj, const char *key);

/* The text of v as Python's json.dumps(v, indent=indent, sort_keys=sort, ensure_ascii=False)
 * writes it (indent < 0: compact one line).  malloc'd, NUL-terminated; NULL when out of
 * memory. */
char *json_write(const Json *v, int indent, bool sort_keys, size_t *len);

#endif
