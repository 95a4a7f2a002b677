/* opcodes.h — ouro's instruction set: the contract between the code generator and the VM.
 *
 * Each instruction is one 16-bit code unit (opcode, 8-bit argument); EXTENDED_ARG prefixes give
 * wider arguments (arg = arg << 8 | next arg), as in CPython.  Jump arguments are ABSOLUTE code
 * unit indexes into co_code.  Instructions listed with caches are followed by OP_CACHES(op) zeroed
 * code units that the VM may use to remember a lookup (per-instruction inline caches, as CPython
 * 3.11's specialising interpreter); the VM's next instruction is after them.
 *
 * The names and stack behaviour are CPython's (3.11 where noted, else 3.10) unless stated here;
 * "stack: a b -> c" lists the top of the stack rightmost.
 *
 * Exceptions use a block stack (CPython 3.10's model, with single exception objects):
 *   SETUP_FINALLY L   pushes a block {handler L, stack level}.
 *   POP_BLOCK         pops it when the protected code finishes normally.
 *   When an exception E is raised and the top block is a SETUP_FINALLY block B: B is popped, the
 *   value stack is unwound to B's level, an EXCEPT_HANDLER block is pushed with that level, then
 *   the previously handled exception (sys.exc_info()[1], or None) and E are pushed, E becomes the
 *   handled exception, and execution continues at L.
 *   POP_EXCEPT        pops the EXCEPT_HANDLER block and the saved previous exception (which must
 *                     be on top), and makes it the handled exception again.
 *   When an exception unwinds through an EXCEPT_HANDLER block, the VM unwinds the value stack to
 *   the block level + 1, pops the saved exception and restores it as the handled one, and goes on.
 *   RERAISE           pops an exception and raises it again without adding a traceback entry for
 *                     this line beyond what it already has.
 * The code generator inlines `finally` bodies on the normal, return, break and continue paths,
 * emitting POP_BLOCK / POP_EXCEPT as needed first (CPython 3.10's compile.c does the same).
 */
#ifndef OURO_OPCODES_H
#define OURO_OPCODES_H

/* X(name, number of cache units) */
#define OPCODE_LIST(X) \
    X(CACHE, 0)              /* filler for inline caches; never executed */                    \
    X(NOP, 0)                                                                                  \
    X(POP_TOP, 0)            /* a -> */                                                        \
    X(PUSH_NULL, 0)          /* -> NULL (3.11) */                                               \
    X(COPY, 0)               /* COPY i: push a new reference to the i-th item (1 = top) (3.11) */\
    X(SWAP, 0)               /* SWAP i: exchange top with the i-th item (3.11) */              \
    X(UNARY_POSITIVE, 0) X(UNARY_NEGATIVE, 0) X(UNARY_NOT, 0) X(UNARY_INVERT, 0)               \
    X(BINARY_OP, 1)          /* BINARY_OP nb: a b -> a op b; nb is OperatorKind (ast.h), plus 13  \
                                for the in-place form (NB_INPLACE_ADD = 13, ...) (3.11) */     \
    X(BINARY_SUBSCR, 1)      /* a k -> a[k] */                                                 \
    X(STORE_SUBSCR, 1)       /* v a k -> ; a[k] = v */                                          \
    X(DELETE_SUBSCR, 0)      /* a k -> ; del a[k] */                                            \
    X(BUILD_SLICE, 0)        /* BUILD_SLICE 2|3: start stop [step] -> slice */                 \
    X(COMPARE_OP, 1)         /* COMPARE_OP cmp: a b -> a cmp b, cmp is CMP_LT..CMP_GE */        \
    X(IS_OP, 0)              /* IS_OP invert: a b -> a is b (is not, when invert) */           \
    X(CONTAINS_OP, 0)        /* CONTAINS_OP invert: a b -> a in b (not in, when invert) */     \
    X(CHECK_EXC_MATCH, 0)    /* exc type -> exc bool: isinstance(exc, type or tuple) (3.11);  \
                                TypeError if type is not an exception class or tuple of them */\
    /* except* (PEP 654; 3.11's names, in ouro's block-stack model: compile_try_star_except).\
       CHECK_EG_MATCH:    exc type -> rest match, when exc (or part of it) matches type: match \
                          is the matching group (a naked exc wrapped in ExceptionGroup("",     \
                          [exc])) and becomes the handled exception, rest what is left or      \
                          None; else exc type -> exc None.  TypeError for ExceptionGroup types. \
       PREP_RERAISE_STAR: orig list -> exc: what the statement raises (or None), from the      \
                          caught orig and the list of what the handlers raised plus the rest. */\
    X(CHECK_EG_MATCH, 0) X(PREP_RERAISE_STAR, 0)                                               \
    X(LOAD_CONST, 0)         /* -> co_consts[i] */                                              \
    X(LOAD_FAST, 0)          /* -> local i; UnboundLocalError if unset */                      \
    X(STORE_FAST, 0) X(DELETE_FAST, 0)                                                         \
    X(LOAD_NAME, 0) X(STORE_NAME, 0) X(DELETE_NAME, 0)   /* co_names[i] in locals/globals/builtins */ \
    X(LOAD_GLOBAL, 5)        /* LOAD_GLOBAL i: -> globals or builtins [co_names[i]] (no NULL bit) */\
    X(STORE_GLOBAL, 0) X(DELETE_GLOBAL, 0)                                                     \
    /* Cells and free variables are numbered together: i < len(co_cellvars) names cellvars[i],   \
       else freevars[i - len(co_cellvars)] (CPython 3.10). */                                  \
    X(LOAD_DEREF, 0) X(STORE_DEREF, 0) X(DELETE_DEREF, 0)                                      \
    X(LOAD_CLASSDEREF, 0)    /* class bodies: look in the class namespace first, then the cell */\
    X(LOAD_CLOSURE, 0)       /* -> the cell object i itself (for MAKE_FUNCTION's closure) */   \
    X(LOAD_ATTR, 5)          /* LOAD_ATTR i: o -> o.name */                                     \
    X(STORE_ATTR, 5)         /* v o -> ; o.name = v */                                          \
    X(DELETE_ATTR, 0)                                                                          \
    X(LOAD_METHOD, 5)        /* LOAD_METHOD i: o -> meth o (an unbound function and self), or  \
                                NULL o.name when the attribute is not a method (3.11) */       \
    X(BUILD_TUPLE, 0) X(BUILD_LIST, 0) X(BUILD_SET, 0)  /* n items -> container */            \
    X(BUILD_MAP, 0)          /* k1 v1 ... kn vn -> dict */                                      \
    X(BUILD_CONST_KEY_MAP, 0)/* v1 ... vn keys_tuple -> dict */                                 \
    X(BUILD_STRING, 0)       /* s1 ... sn -> concatenation */                                   \
    X(LIST_APPEND, 0) X(SET_ADD, 0)   /* LIST_APPEND i: v -> ; stack[-i] (after pop) .append(v) */\
    X(MAP_ADD, 0)            /* k v -> ; stack[-i][k] = v */                                    \
    X(LIST_EXTEND, 0) X(SET_UPDATE, 0) X(DICT_UPDATE, 0)                                       \
    X(DICT_MERGE, 0)         /* like DICT_UPDATE, but TypeError on a repeated keyword (calls) */\
    X(LIST_TO_TUPLE, 0)                                                                        \
    X(FORMAT_VALUE, 0)       /* flags & 3: 0 none, 1 str, 2 repr, 3 ascii; flags & 4: a format \
                                spec is on top: v [spec] -> formatted str */                   \
    X(GET_ITER, 0)           /* o -> iter(o) */                                                 \
    X(FOR_ITER, 0)           /* FOR_ITER L: it -> it next; when exhausted pop it, jump to L */  \
    X(JUMP, 0)               /* JUMP L */                                                       \
    X(POP_JUMP_IF_FALSE, 0) X(POP_JUMP_IF_TRUE, 0)                                             \
    /* POP_JUMP_IF_NONE L / POP_JUMP_IF_NOT_NONE L: pop; jump when it is (is not) None.  The    \
       code generator turns `x is None` followed by a jump into these, as CPython 3.11 does. */\
    X(POP_JUMP_IF_NONE, 0) X(POP_JUMP_IF_NOT_NONE, 0)                                          \
    X(JUMP_IF_FALSE_OR_POP, 0) X(JUMP_IF_TRUE_OR_POP, 0)                                       \
    X(UNPACK_SEQUENCE, 0)    /* seq -> item[n-1] ... item[0] */                                 \
    X(UNPACK_EX, 0)          /* arg = before | after << 8 (CPython 3.10) */                     \
    /* CALL argc: stack  A B arg1..argc -> result.  When A is NULL, the callable is B and the      \
       arguments arg1..argc; otherwise the callable is A and the arguments are B, arg1..argc.      \
       A preceding KW_NAMES names the last len(kwnames) arguments (3.11).  The arguments are moved \
       into the callee's frame: the caller's stack gives up its references without extra counts. */\
    X(KW_NAMES, 0)           /* KW_NAMES i: co_consts[i] is a tuple of keyword names */        \
    X(CALL, 1)                                                                                 \
    X(CALL_FUNCTION_EX, 0)   /* f args_tuple [kwargs_dict if arg & 1] -> f(*args, **kwargs) */  \
    /* MAKE_FUNCTION flags: [defaults tuple if 1] [kwdefaults dict if 2] [annotations tuple    \
       (name, value, ...) if 4] [closure tuple of cells if 8] code -> function; the function's \
       qualname is the code's co_qualname (3.11). */                                           \
    X(MAKE_FUNCTION, 0)                                                                        \
    X(RETURN_VALUE, 0)                                                                         \
    X(LOAD_BUILD_CLASS, 0)   /* -> builtins.__build_class__ */                                  \
    X(IMPORT_NAME, 0)        /* level fromlist -> module */                                     \
    X(IMPORT_FROM, 0)        /* module -> module module.name (ImportError if missing) */       \
    X(IMPORT_STAR, 0)        /* module -> */                                                    \
    X(SETUP_FINALLY, 0)      /* SETUP_FINALLY L: push a handler block (see above) */            \
    X(POP_BLOCK, 0) X(POP_EXCEPT, 0)                                                           \
    X(RERAISE, 0)            /* exc -> (raises exc again) */                                    \
    X(RAISE_VARARGS, 0)      /* 0: re-raise the handled exception; 1: exc; 2: exc cause */       \
    X(LOAD_ASSERTION_ERROR, 0)                                                                 \
    /* with:  BEFORE_WITH: mgr -> exit_bound enter_result (3.11).  Normal exit: the code         \
       generator emits LOAD_CONST None x3; CALL 2; POP_TOP (calling exit(None, None, None)).    \
       In the handler: exit prev_exc exc -> exit prev_exc exc result, where result =            \
       exit(type(exc), exc, exc.__traceback__) (WITH_EXCEPT_START). */                         \
    X(BEFORE_WITH, 0) X(WITH_EXCEPT_START, 0)                                                  \
    X(SETUP_ANNOTATIONS, 0)                                                                    \
    X(PRINT_EXPR, 0)         /* v -> ; sys.displayhook(v) ("single" mode) */                   \
    X(LOAD_LOCALS, 0)        /* -> the frame's locals mapping (class bodies) */               \
    /* Generators.  Code with CO_GENERATOR starts with RETURN_GENERATOR; POP_TOP.  A generator's \
       frame lives in the generator object (objects/genobject.h).  Resuming it pushes the value  \
       sent (None for next() and for the first resume; nothing when an exception is thrown in,  \
       which is raised at the instruction it stopped at) and goes on after that instruction,   \
       except in YIELD_FROM (below).                                                           \
       RETURN_GENERATOR: -> (3.11) makes the generator, moves the frame into it and returns it  \
                         to the caller; on the first resume the value sent is pushed (+1).      \
       YIELD_VALUE:      v -> sent (3.11) suspends the frame, yielding v.                      \
       GET_YIELD_FROM_ITER: o -> iter (3.11) iter(o), except that a generator stays as it is.   \
       YIELD_FROM:       it v -> result (3.10): sends v into it (next(it) for None, else        \
                         it.send(v)); when it yields w, the frame suspends yielding w, and the  \
                         next resume runs YIELD_FROM again with the value sent pushed (it stays \
                         below); when it is exhausted, both go and its return value (the       \
                         StopIteration's value) is pushed.  The code generator emits            \
                         GET_YIELD_FROM_ITER; LOAD_CONST None; YIELD_FROM for `yield from x`. */\
    X(RETURN_GENERATOR, 0) X(YIELD_VALUE, 0) X(GET_YIELD_FROM_ITER, 0) X(YIELD_FROM, 0)       \
    /* Coroutines (3.11's names; code flagged CO_COROUTINE or CO_ASYNC_GENERATOR also starts    \
       with RETURN_GENERATOR; POP_TOP, and its frame lives in a coroutine or async_generator     \
       object).  `await x` is GET_AWAITABLE 0; LOAD_CONST None; YIELD_FROM.                     \
       GET_AWAITABLE where: o -> it, the iterator `await o` drives (o itself for a coroutine or  \
                         a CO_ITERABLE_COROUTINE generator, else o.__await__()); where is 1 or  \
                         2 when o came from __aenter__ / __aexit__ (for the message).  A        \
                         coroutine already awaited elsewhere is a RuntimeError.                 \
       GET_YIELD_FROM_ITER also lets a coroutine through in CO_COROUTINE /                      \
                         CO_ITERABLE_COROUTINE code (a TypeError elsewhere).                    \
       GET_AITER:        o -> type(o).__aiter__(o), which must have __anext__.                  \
       GET_ANEXT:        ait -> ait aw, the awaitable of ait.__anext__() (GET_AWAITABLE's).    \
       END_ASYNC_FOR:    ait prev_exc exc -> (an `async for` handler, under its EXCEPT_HANDLER \
                         block): StopAsyncIteration ends the loop (the block, the handled       \
                         exception and ait go, as POP_EXCEPT); another exception is raised     \
                         again as RERAISE does.                                                 \
       BEFORE_ASYNC_WITH: mgr -> aexit_bound aenter_result (to be awaited).                     \
       ASYNC_GEN_WRAP:   v -> box(v): an async generator's own `yield` passes its value out in  \
                         a box, so that __anext__() can tell it from what an await yields. */   \
    X(GET_AWAITABLE, 0) X(GET_AITER, 0) X(GET_ANEXT, 0) X(END_ASYNC_FOR, 0)                    \
    X(BEFORE_ASYNC_WITH, 0) X(ASYNC_GEN_WRAP, 0)                                               \
    /* Pattern matching (3.11).                                                                 \
       GET_LEN:        o -> o len(o)                                                            \
       MATCH_MAPPING:  s -> s bool: s is a mapping (a dict subclass, or an instance of a class   \
                       registered as collections.abc.Mapping when that module is loaded; ouro   \
                       has no Py_TPFLAGS_MAPPING type flag)                                     \
       MATCH_SEQUENCE: s -> s bool: s is a sequence (a list or tuple subclass, range,           \
                       memoryview, or an instance of collections.abc.Sequence when that module  \
                       is loaded) and not a str, bytes or bytearray                             \
       MATCH_KEYS:     s keys -> s keys values: values is a tuple of s.get(k) for the keys (a   \
                       tuple), or None when a key is missing; ValueError on a duplicate key     \
       COPY_DICT_WITHOUT_KEYS: s keys -> s rest: rest = dict(s) without the keys                \
       MATCH_CLASS n:  s cls names -> attrs: attrs is a tuple of the n positional (through      \
                       cls.__match_args__, or s itself for the self-matching built-ins) and the \
                       keyword (names) attributes, or None when s is not an instance of cls or  \
                       an attribute is missing; TypeError for CPython's misuses */              \
    X(GET_LEN, 0) X(MATCH_MAPPING, 0) X(MATCH_SEQUENCE, 0) X(MATCH_KEYS, 0)                    \
    X(COPY_DICT_WITHOUT_KEYS, 0) X(MATCH_CLASS, 0)                                             \
    X(EXTENDED_ARG, 0)

enum {
#define OPCODE_ENUM_(name, caches) name,
    OPCODE_LIST(OPCODE_ENUM_)
#undef OPCODE_ENUM_
    OPCODE_COUNT
};

/* The code generator emits POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE. */
#define OURO_HAVE_POP_JUMP_IF_NONE 1

/* The in-place forms of BINARY_OP's argument. */
#define NB_INPLACE 13

extern const unsigned char op_caches[OPCODE_COUNT];   /* cache units after each opcode */
extern const char *const op_names[OPCODE_COUNT];

static inline int op_has_jump(int op) {
    return op == FOR_ITER || op == JUMP || op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ||
           op == POP_JUMP_IF_NONE || op == POP_JUMP_IF_NOT_NONE ||
           op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP || op == SETUP_FINALLY;
}

#endif
