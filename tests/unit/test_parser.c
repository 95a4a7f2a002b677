/* test_parser.c — the parser against CPython 3.11: for each source, its
 * ast.dump(include_attributes=True) or its SyntaxError (type|msg|lineno|offset|end_lineno|
 * end_offset), as python3 gives them.
 * The table was generated with python3 3.11.7 from hand-written cases and test_syntax.py's
 * doctests; it is data, regenerate rather than edit it by hand. */
#include "compiler/compiler.h"
#include "compiler/astdump.h"
#include "objects/errors.h"
#include "objects/strings.h"
#include "objects/abstract.h"
#include "objects/numbers.h"
#include "vm/vm.h"
#include <stdio.h>
#include <string.h>

typedef struct { const char *src, *expected; } Case;

static const Case cases[] = {
    {"x = (",
     "SyntaxError|'(' was never closed|1|5|1|0"},
    {"x = )",
     "SyntaxError|unmatched ')'|1|5|1|5"},
    {"x = [1, 2\ny = 3",
     "SyntaxError|'[' was never closed|1|5|1|0"},
    {"foo(a, b\n  c = 1",
     "SyntaxError|'(' was never closed|1|4|1|0"},
    {"x = (]",
     "SyntaxError|closing parenthesis ']' does not match opening parenthesis '('|1|6|1|6"},
    {"x = {\n]",
     "SyntaxError|closing parenthesis ']' does not match opening parenthesis '{' on line 1|2|1"
     "|2|1"},
    {"'abc",
     "SyntaxError|unterminated string literal (detected at line 1)|1|1|1|1"},
    {"\"\"\"abc\ndef",
     "SyntaxError|unterminated triple-quoted string literal (detected at line 2)|1|1|1|1"},
    {"x = 0777",
     "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefi"
     "x for octal integers|1|5|1|6"},
    {"1__0",
     "SyntaxError|invalid decimal literal|1|2|1|2"},
    {"0b2",
     "SyntaxError|invalid digit '2' in binary literal|1|3|1|3"},
    {"1e+",
     "SyntaxError|invalid decimal literal|1|3|1|3"},
    {"1.5e",
     "SyntaxError|invalid decimal literal|1|3|1|3"},
    {"1j2",
     "SyntaxError|invalid imaginary literal|1|2|1|2"},
    {"x = 1 if 2",
     "SyntaxError|expected 'else' after 'if' expression|1|5|1|11"},
    {"x = 1 if 2 else",
     "SyntaxError|invalid syntax|1|16|1|16"},
    {"print \"hello\"",
     "SyntaxError|Missing parentheses in call to 'print'. Did you mean print(...)\?|1|1|1|14"},
    {"exec \"code\"",
     "SyntaxError|Missing parentheses in call to 'exec'. Did you mean exec(...)\?|1|1|1|12"},
    {"print(\"a\" \"b\" c)",
     "SyntaxError|invalid syntax. Perhaps you forgot a comma\?|1|7|1|16"},
    {"f(a, b=1, c)",
     "SyntaxError|positional argument follows keyword argument|1|12|1|13"},
    {"f(**k, d)",
     "SyntaxError|positional argument follows keyword argument unpacking|1|9|1|10"},
    {"f(*a, **k, *b)",
     "SyntaxError|iterable argument unpacking follows keyword argument unpacking|1|12|1|13"},
    {"f(a=1, a=2)",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_l"
     "ineno=1, end_col_offset=1), args=[], keywords=[keyword(arg='a', value=Constant(value=1, "
     "lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lin"
     "eno=1, end_col_offset=5), keyword(arg='a', value=Constant(value=2, lineno=1, col_offset="
     "9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offse"
     "t=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0"
     ", end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"def f(a, a): pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lin"
     "eno=1, col_offset=6, end_lineno=1, end_col_offset=7), arg(arg='a', lineno=1, col_offset="
     "9, end_lineno=1, end_col_offset=10)], kwonlyargs=[], kw_defaults=[], defaults=[]), body="
     "[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], decorator_list=[], lin"
     "eno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"class A(x for x in y): pass",
     "SyntaxError|invalid syntax|1|11|1|14"},
    {"a = yield",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Yield(lineno=1, col_offset=4, end_lineno=1, end_col_offse"
     "t=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {"a, *b, *c = 1",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset="
     "0, end_lineno=1, end_col_offset=1), Starred(value=Name(id='b', ctx=Store(), lineno=1, co"
     "l_offset=4, end_lineno=1, end_col_offset=5), ctx=Store(), lineno=1, col_offset=3, end_li"
     "neno=1, end_col_offset=5), Starred(value=Name(id='c', ctx=Store(), lineno=1, col_offset="
     "8, end_lineno=1, end_col_offset=9), ctx=Store(), lineno=1, col_offset=7, end_lineno=1, e"
     "nd_col_offset=9)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)]"
     ", value=Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lin"
     "eno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"*a = 1",
     "Module(body=[Assign(targets=[Starred(value=Name(id='a', ctx=Store(), lineno=1, col_offse"
     "t=1, end_lineno=1, end_col_offset=2), ctx=Store(), lineno=1, col_offset=0, end_lineno=1,"
     " end_col_offset=2)], value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_c"
     "ol_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"},
    {"del (a, b), [c]",
     "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del(), lineno=1, col_offset=5,"
     " end_lineno=1, end_col_offset=6), Name(id='b', ctx=Del(), lineno=1, col_offset=8, end_li"
     "neno=1, end_col_offset=9)], ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_off"
     "set=10), List(elts=[Name(id='c', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_c"
     "ol_offset=14)], ctx=Del(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=15)], l"
     "ineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"del f()",
     "SyntaxError|cannot delete function call|1|5|1|8"},
    {"del (a + 1)",
     "SyntaxError|cannot delete expression|1|6|1|11"},
    {"(a, b) += 1",
     "SyntaxError|'tuple' is an illegal expression for augmented assignment|1|1|1|7"},
    {"a.b: int = 1",
     "Module(body=[AnnAssign(target=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_off"
     "set=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Store(), lineno=1, col_offset=0, e"
     "nd_lineno=1, end_col_offset=3), annotation=Name(id='int', ctx=Load(), lineno=1, col_offs"
     "et=5, end_lineno=1, end_col_offset=8), value=Constant(value=1, lineno=1, col_offset=11, "
     "end_lineno=1, end_col_offset=12), simple=0, lineno=1, col_offset=0, end_lineno=1, end_co"
     "l_offset=12)], type_ignores=[])"},
    {"(a): int = 1",
     "Module(body=[AnnAssign(target=Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_line"
     "no=1, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, e"
     "nd_lineno=1, end_col_offset=8), value=Constant(value=1, lineno=1, col_offset=11, end_lin"
     "eno=1, end_col_offset=12), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offse"
     "t=12)], type_ignores=[])"},
    {"a[1]: int",
     "Module(body=[AnnAssign(target=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_off"
     "set=0, end_lineno=1, end_col_offset=1), slice=Constant(value=1, lineno=1, col_offset=2, "
     "end_lineno=1, end_col_offset=3), ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_"
     "col_offset=4), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=6, end_lineno="
     "1, end_col_offset=9), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)]"
     ", type_ignores=[])"},
    {"f() : int",
     "SyntaxError|illegal target for annotation|1|1|1|4"},
    {"x = lambda *, a: 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs"
     "=[arg(arg='a', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], kw_defaults=["
     "None], defaults=[]), body=Constant(value=1, lineno=1, col_offset=17, end_lineno=1, end_c"
     "ol_offset=18), lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), lineno=1, col_o"
     "ffset=0, end_lineno=1, end_col_offset=18)], type_ignores=[])"},
    {"x = lambda a, /, b, *c, d=1, **e: 0",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1,"
     " col_offset=11, end_lineno=1, end_col_offset=12)], args=[arg(arg='b', lineno=1, col_offs"
     "et=17, end_lineno=1, end_col_offset=18)], vararg=arg(arg='c', lineno=1, col_offset=21, e"
     "nd_lineno=1, end_col_offset=22), kwonlyargs=[arg(arg='d', lineno=1, col_offset=24, end_l"
     "ineno=1, end_col_offset=25)], kw_defaults=[Constant(value=1, lineno=1, col_offset=26, en"
     "d_lineno=1, end_col_offset=27)], kwarg=arg(arg='e', lineno=1, col_offset=31, end_lineno="
     "1, end_col_offset=32), defaults=[]), body=Constant(value=0, lineno=1, col_offset=34, end"
     "_lineno=1, end_col_offset=35), lineno=1, col_offset=4, end_lineno=1, end_col_offset=35),"
     " lineno=1, col_offset=0, end_lineno=1, end_col_offset=35)], type_ignores=[])"},
    {"def f(a, /, b, *, c, d=2, **e) -> int: pass",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, co"
     "l_offset=6, end_lineno=1, end_col_offset=7)], args=[arg(arg='b', lineno=1, col_offset=12"
     ", end_lineno=1, end_col_offset=13)], kwonlyargs=[arg(arg='c', lineno=1, col_offset=18, e"
     "nd_lineno=1, end_col_offset=19), arg(arg='d', lineno=1, col_offset=21, end_lineno=1, end"
     "_col_offset=22)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=23, end_line"
     "no=1, end_col_offset=24)], kwarg=arg(arg='e', lineno=1, col_offset=28, end_lineno=1, end"
     "_col_offset=29), defaults=[]), body=[Pass(lineno=1, col_offset=39, end_lineno=1, end_col"
     "_offset=43)], decorator_list=[], returns=Name(id='int', ctx=Load(), lineno=1, col_offset"
     "=34, end_lineno=1, end_col_offset=37), lineno=1, col_offset=0, end_lineno=1, end_col_off"
     "set=43)], type_ignores=[])"},
    {"async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n    await x"
     "\n    return [x async for x in y]",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyar"
     "gs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store(), lin"
     "eno=2, col_offset=14, end_lineno=2, end_col_offset=15), iter=Name(id='y', ctx=Load(), li"
     "neno=2, col_offset=19, end_lineno=2, end_col_offset=20), body=[Pass(lineno=2, col_offset"
     "=22, end_lineno=2, end_col_offset=26)], orelse=[], lineno=2, col_offset=4, end_lineno=2,"
     " end_col_offset=26), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load(), lin"
     "eno=3, col_offset=15, end_lineno=3, end_col_offset=16), optional_vars=Name(id='b', ctx=S"
     "tore(), lineno=3, col_offset=20, end_lineno=3, end_col_offset=21)), withitem(context_exp"
     "r=Name(id='c', ctx=Load(), lineno=3, col_offset=23, end_lineno=3, end_col_offset=24))], "
     "body=[Pass(lineno=3, col_offset=26, end_lineno=3, end_col_offset=30)], lineno=3, col_off"
     "set=4, end_lineno=3, end_col_offset=30), Expr(value=Await(value=Name(id='x', ctx=Load(),"
     " lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), lineno=4, col_offset=4, end_"
     "lineno=4, end_col_offset=11), lineno=4, col_offset=4, end_lineno=4, end_col_offset=11), "
     "Return(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=5, col_offset=12, end_lineno=5"
     ", end_col_offset=13), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno="
     "5, col_offset=24, end_lineno=5, end_col_offset=25), iter=Name(id='y', ctx=Load(), lineno"
     "=5, col_offset=29, end_lineno=5, end_col_offset=30), ifs=[], is_async=1)], lineno=5, col"
     "_offset=11, end_lineno=5, end_col_offset=31), lineno=5, col_offset=4, end_lineno=5, end_"
     "col_offset=31)], decorator_list=[], lineno=1, col_offset=0, end_lineno=5, end_col_offset"
     "=31)], type_ignores=[])"},
    {"with (open(a) as f, open(b) as g):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load(), lin"
     "eno=1, col_offset=6, end_lineno=1, end_col_offset=10), args=[Name(id='a', ctx=Load(), li"
     "neno=1, col_offset=11, end_lineno=1, end_col_offset=12)], keywords=[], lineno=1, col_off"
     "set=6, end_lineno=1, end_col_offset=13), optional_vars=Name(id='f', ctx=Store(), lineno="
     "1, col_offset=17, end_lineno=1, end_col_offset=18)), withitem(context_expr=Call(func=Nam"
     "e(id='open', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=24), args"
     "=[Name(id='b', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], k"
     "eywords=[], lineno=1, col_offset=20, end_lineno=1, end_col_offset=27), optional_vars=Nam"
     "e(id='g', ctx=Store(), lineno=1, col_offset=31, end_lineno=1, end_col_offset=32))], body"
     "=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0,"
     " end_lineno=2, end_col_offset=8)], type_ignores=[])"},
    {"with (a, b):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_of"
     "fset=6, end_lineno=1, end_col_offset=7)), withitem(context_expr=Name(id='b', ctx=Load(),"
     " lineno=1, col_offset=9, end_lineno=1, end_col_offset=10))], body=[Pass(lineno=2, col_of"
     "fset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_"
     "offset=8)], type_ignores=[])"},
    {"with (a, b) as c:\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load(), line"
     "no=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='b', ctx=Load(), lineno=1, "
     "col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=5, end"
     "_lineno=1, end_col_offset=11), optional_vars=Name(id='c', ctx=Store(), lineno=1, col_off"
     "set=15, end_lineno=1, end_col_offset=16))], body=[Pass(lineno=2, col_offset=4, end_linen"
     "o=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_"
     "ignores=[])"},
    {"with (yield):\n    pass",
     "Module(body=[With(items=[withitem(context_expr=Yield(lineno=1, col_offset=6, end_lineno="
     "1, end_col_offset=11))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset"
     "=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"},
    {"try:\n    pass\nexcept* ValueError as e:\n    pass",
     "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)]"
     ", handlers=[ExceptHandler(type=Name(id='ValueError', ctx=Load(), lineno=3, col_offset=8,"
     " end_lineno=3, end_col_offset=18), name='e', body=[Pass(lineno=4, col_offset=4, end_line"
     "no=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orel"
     "se=[], finalbody=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_igno"
     "res=[])"},
    {"try:\n    pass\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass",
     "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], ha"
     "ndlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=8, "
     "end_lineno=3, end_col_offset=9), Name(id='B', ctx=Load(), lineno=3, col_offset=11, end_l"
     "ineno=3, end_col_offset=12)], ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_"
     "offset=13), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)"
     "], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_"
     "offset=4, end_lineno=6, end_col_offset=8)], finalbody=[Pass(lineno=8, col_offset=4, end_"
     "lineno=8, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=8, end_col_offset=8)], "
     "type_ignores=[])"},
    {"match x:\n    case 1 | 2 | 3: pass\n    case [a, b, *rest]: pass\n    case {'k': v, **kw"
     "}: pass\n    case Point(x=0, y=0): pass\n    case Point(1, 2, z=3): pass\n    case -1.5 "
     "+ 2j: pass\n    case a.b.c: pass\n    case (1, 2) as t: pass\n    case _ if x > 1: pass"
     "\n    case None | True | False: pass\n    case \"a\" \"b\": pass\n    case {}: pass\n   "
     " case []: pass\n    case (): pass\n    case (x,): pass\n    case [*_]: pass\n    case {1"
     ": _, a.b: [1, 2], **rest}: pass\n    case -0j: pass\n    case A.B(): pass",
     "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1"
     ", end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Consta"
     "nt(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offs"
     "et=9, end_lineno=2, end_col_offset=10), MatchValue(value=Constant(value=2, lineno=2, col"
     "_offset=13, end_lineno=2, end_col_offset=14), lineno=2, col_offset=13, end_lineno=2, end"
     "_col_offset=14), MatchValue(value=Constant(value=3, lineno=2, col_offset=17, end_lineno="
     "2, end_col_offset=18), lineno=2, col_offset=17, end_lineno=2, end_col_offset=18)], linen"
     "o=2, col_offset=9, end_lineno=2, end_col_offset=18), body=[Pass(lineno=2, col_offset=20,"
     " end_lineno=2, end_col_offset=24)]), match_case(pattern=MatchSequence(patterns=[MatchAs("
     "name='a', lineno=3, col_offset=10, end_lineno=3, end_col_offset=11), MatchAs(name='b', l"
     "ineno=3, col_offset=13, end_lineno=3, end_col_offset=14), MatchStar(name='rest', lineno="
     "3, col_offset=16, end_lineno=3, end_col_offset=21)], lineno=3, col_offset=9, end_lineno="
     "3, end_col_offset=22), body=[Pass(lineno=3, col_offset=24, end_lineno=3, end_col_offset="
     "28)]), match_case(pattern=MatchMapping(keys=[Constant(value='k', lineno=4, col_offset=10"
     ", end_lineno=4, end_col_offset=13)], patterns=[MatchAs(name='v', lineno=4, col_offset=15"
     ", end_lineno=4, end_col_offset=16)], rest='kw', lineno=4, col_offset=9, end_lineno=4, en"
     "d_col_offset=23), body=[Pass(lineno=4, col_offset=25, end_lineno=4, end_col_offset=29)])"
     ", match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load(), lineno=5, col_offset=9,"
     " end_lineno=5, end_col_offset=14), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[Matc"
     "hValue(value=Constant(value=0, lineno=5, col_offset=17, end_lineno=5, end_col_offset=18)"
     ", lineno=5, col_offset=17, end_lineno=5, end_col_offset=18), MatchValue(value=Constant(v"
     "alue=0, lineno=5, col_offset=22, end_lineno=5, end_col_offset=23), lineno=5, col_offset="
     "22, end_lineno=5, end_col_offset=23)], lineno=5, col_offset=9, end_lineno=5, end_col_off"
     "set=24), body=[Pass(lineno=5, col_offset=26, end_lineno=5, end_col_offset=30)]), match_c"
     "ase(pattern=MatchClass(cls=Name(id='Point', ctx=Load(), lineno=6, col_offset=9, end_line"
     "no=6, end_col_offset=14), patterns=[MatchValue(value=Constant(value=1, lineno=6, col_off"
     "set=15, end_lineno=6, end_col_offset=16), lineno=6, col_offset=15, end_lineno=6, end_col"
     "_offset=16), MatchValue(value=Constant(value=2, lineno=6, col_offset=18, end_lineno=6, e"
     "nd_col_offset=19), lineno=6, col_offset=18, end_lineno=6, end_col_offset=19)], kwd_attrs"
     "=['z'], kwd_patterns=[MatchValue(value=Constant(value=3, lineno=6, col_offset=23, end_li"
     "neno=6, end_col_offset=24), lineno=6, col_offset=23, end_lineno=6, end_col_offset=24)], "
     "lineno=6, col_offset=9, end_lineno=6, end_col_offset=25), body=[Pass(lineno=6, col_offse"
     "t=27, end_lineno=6, end_col_offset=31)]), match_case(pattern=MatchValue(value=BinOp(left"
     "=UnaryOp(op=USub(), operand=Constant(value=1.5, lineno=7, col_offset=10, end_lineno=7, e"
     "nd_col_offset=13), lineno=7, col_offset=9, end_lineno=7, end_col_offset=13), op=Add(), r"
     "ight=Constant(value=2j, lineno=7, col_offset=16, end_lineno=7, end_col_offset=18), linen"
     "o=7, col_offset=9, end_lineno=7, end_col_offset=18), lineno=7, col_offset=9, end_lineno="
     "7, end_col_offset=18), body=[Pass(lineno=7, col_offset=20, end_lineno=7, end_col_offset="
     "24)]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', "
     "ctx=Load(), lineno=8, col_offset=9, end_lineno=8, end_col_offset=10), attr='b', ctx=Load"
     "(), lineno=8, col_offset=9, end_lineno=8, end_col_offset=12), attr='c', ctx=Load(), line"
     "no=8, col_offset=9, end_lineno=8, end_col_offset=14), lineno=8, col_offset=9, end_lineno"
     "=8, end_col_offset=14), body=[Pass(lineno=8, col_offset=16, end_lineno=8, end_col_offset"
     "=20)]), match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchValue(value=Cons"
     "tant(value=1, lineno=9, col_offset=10, end_lineno=9, end_col_offset=11), lineno=9, col_o"
     "ffset=10, end_lineno=9, end_col_offset=11), MatchValue(value=Constant(value=2, lineno=9,"
     " col_offset=13, end_lineno=9, end_col_offset=14), lineno=9, col_offset=13, end_lineno=9,"
     " end_col_offset=14)], lineno=9, col_offset=9, end_lineno=9, end_col_offset=15), name='t'"
     ", lineno=9, col_offset=9, end_lineno=9, end_col_offset=20), body=[Pass(lineno=9, col_off"
     "set=22, end_lineno=9, end_col_offset=26)]), match_case(pattern=MatchAs(lineno=10, col_of"
     "fset=9, end_lineno=10, end_col_offset=10), guard=Compare(left=Name(id='x', ctx=Load(), l"
     "ineno=10, col_offset=14, end_lineno=10, end_col_offset=15), ops=[Gt()], comparators=[Con"
     "stant(value=1, lineno=10, col_offset=18, end_lineno=10, end_col_offset=19)], lineno=10, "
     "col_offset=14, end_lineno=10, end_col_offset=19), body=[Pass(lineno=10, col_offset=21, e"
     "nd_lineno=10, end_col_offset=25)]), match_case(pattern=MatchOr(patterns=[MatchSingleton("
     "value=None, lineno=11, col_offset=9, end_lineno=11, end_col_offset=13), MatchSingleton(v"
     "alue=True, lineno=11, col_offset=16, end_lineno=11, end_col_offset=20), MatchSingleton(v"
     "alue=False, lineno=11, col_offset=23, end_lineno=11, end_col_offset=28)], lineno=11, col"
     "_offset=9, end_lineno=11, end_col_offset=28), body=[Pass(lineno=11, col_offset=30, end_l"
     "ineno=11, end_col_offset=34)]), match_case(pattern=MatchValue(value=Constant(value='ab',"
     " lineno=12, col_offset=9, end_lineno=12, end_col_offset=16), lineno=12, col_offset=9, en"
     "d_lineno=12, end_col_offset=16), body=[Pass(lineno=12, col_offset=18, end_lineno=12, end"
     "_col_offset=22)]), match_case(pattern=MatchMapping(keys=[], patterns=[], lineno=13, col_"
     "offset=9, end_lineno=13, end_col_offset=11), body=[Pass(lineno=13, col_offset=13, end_li"
     "neno=13, end_col_offset=17)]), match_case(pattern=MatchSequence(patterns=[], lineno=14, "
     "col_offset=9, end_lineno=14, end_col_offset=11), body=[Pass(lineno=14, col_offset=13, en"
     "d_lineno=14, end_col_offset=17)]), match_case(pattern=MatchSequence(patterns=[], lineno="
     "15, col_offset=9, end_lineno=15, end_col_offset=11), body=[Pass(lineno=15, col_offset=13"
     ", end_lineno=15, end_col_offset=17)]), match_case(pattern=MatchSequence(patterns=[MatchA"
     "s(name='x', lineno=16, col_offset=10, end_lineno=16, end_col_offset=11)], lineno=16, col"
     "_offset=9, end_lineno=16, end_col_offset=13), body=[Pass(lineno=16, col_offset=15, end_l"
     "ineno=16, end_col_offset=19)]), match_case(pattern=MatchSequence(patterns=[MatchStar(lin"
     "eno=17, col_offset=10, end_lineno=17, end_col_offset=12)], lineno=17, col_offset=9, end_"
     "lineno=17, end_col_offset=13), body=[Pass(lineno=17, col_offset=15, end_lineno=17, end_c"
     "ol_offset=19)]), match_case(pattern=MatchMapping(keys=[Constant(value=1, lineno=18, col_"
     "offset=10, end_lineno=18, end_col_offset=11), Attribute(value=Name(id='a', ctx=Load(), l"
     "ineno=18, col_offset=16, end_lineno=18, end_col_offset=17), attr='b', ctx=Load(), lineno"
     "=18, col_offset=16, end_lineno=18, end_col_offset=19)], patterns=[MatchAs(lineno=18, col"
     "_offset=13, end_lineno=18, end_col_offset=14), MatchSequence(patterns=[MatchValue(value="
     "Constant(value=1, lineno=18, col_offset=22, end_lineno=18, end_col_offset=23), lineno=18"
     ", col_offset=22, end_lineno=18, end_col_offset=23), MatchValue(value=Constant(value=2, l"
     "ineno=18, col_offset=25, end_lineno=18, end_col_offset=26), lineno=18, col_offset=25, en"
     "d_lineno=18, end_col_offset=26)], lineno=18, col_offset=21, end_lineno=18, end_col_offse"
     "t=27)], rest='rest', lineno=18, col_offset=9, end_lineno=18, end_col_offset=36), body=[P"
     "ass(lineno=18, col_offset=38, end_lineno=18, end_col_offset=42)]), match_case(pattern=Ma"
     "tchValue(value=UnaryOp(op=USub(), operand=Constant(value=0j, lineno=19, col_offset=10, e"
     "nd_lineno=19, end_col_offset=12), lineno=19, col_offset=9, end_lineno=19, end_col_offset"
     "=12), lineno=19, col_offset=9, end_lineno=19, end_col_offset=12), body=[Pass(lineno=19, "
     "col_offset=14, end_lineno=19, end_col_offset=18)]), match_case(pattern=MatchClass(cls=At"
     "tribute(value=Name(id='A', ctx=Load(), lineno=20, col_offset=9, end_lineno=20, end_col_o"
     "ffset=10), attr='B', ctx=Load(), lineno=20, col_offset=9, end_lineno=20, end_col_offset="
     "12), patterns=[], kwd_attrs=[], kwd_patterns=[], lineno=20, col_offset=9, end_lineno=20,"
     " end_col_offset=14), body=[Pass(lineno=20, col_offset=16, end_lineno=20, end_col_offset="
     "20)])], lineno=1, col_offset=0, end_lineno=20, end_col_offset=20)], type_ignores=[])"},
    {"match x:\n    case Point(x=1, 2): pass",
     "SyntaxError|positional patterns follow keyword patterns|2|21|2|22"},
    {"match x:\n    case 1 as _: pass",
     "SyntaxError|cannot use '_' as a target|2|15|2|16"},
    {"match x:\n    case 1 as a.b: pass",
     "SyntaxError|invalid syntax|2|16|2|17"},
    {"match x:\n    case 1+1: pass",
     "SyntaxError|imaginary number required in complex literal|2|12|2|13"},
    {"match x:\n    case 1j+1: pass",
     "SyntaxError|real number required in complex literal|2|10|2|12"},
    {"match x:\n    case {**rest, 'a': 1}: pass",
     "SyntaxError|invalid syntax|2|19|2|22"},
    {"match x:\n    case f(): pass\n    case a, *b, c: pass\n    case a | b as c: pass",
     "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1"
     ", end_col_offset=7), cases=[match_case(pattern=MatchClass(cls=Name(id='f', ctx=Load(), l"
     "ineno=2, col_offset=9, end_lineno=2, end_col_offset=10), patterns=[], kwd_attrs=[], kwd_"
     "patterns=[], lineno=2, col_offset=9, end_lineno=2, end_col_offset=12), body=[Pass(lineno"
     "=2, col_offset=14, end_lineno=2, end_col_offset=18)]), match_case(pattern=MatchSequence("
     "patterns=[MatchAs(name='a', lineno=3, col_offset=9, end_lineno=3, end_col_offset=10), Ma"
     "tchStar(name='b', lineno=3, col_offset=12, end_lineno=3, end_col_offset=14), MatchAs(nam"
     "e='c', lineno=3, col_offset=16, end_lineno=3, end_col_offset=17)], lineno=3, col_offset="
     "9, end_lineno=3, end_col_offset=17), body=[Pass(lineno=3, col_offset=19, end_lineno=3, e"
     "nd_col_offset=23)]), match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchAs(name='"
     "a', lineno=4, col_offset=9, end_lineno=4, end_col_offset=10), MatchAs(name='b', lineno=4"
     ", col_offset=13, end_lineno=4, end_col_offset=14)], lineno=4, col_offset=9, end_lineno=4"
     ", end_col_offset=14), name='c', lineno=4, col_offset=9, end_lineno=4, end_col_offset=19)"
     ", body=[Pass(lineno=4, col_offset=21, end_lineno=4, end_col_offset=25)])], lineno=1, col"
     "_offset=0, end_lineno=4, end_col_offset=25)], type_ignores=[])"},
    {"match = 1\nmatch.x = 2\nmatch[1] = 3\nprint(match, case, _)",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset=0, end_l"
     "ineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offset=8, end_lineno="
     "1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Assign(ta"
     "rgets=[Attribute(value=Name(id='match', ctx=Load(), lineno=2, col_offset=0, end_lineno=2"
     ", end_col_offset=5), attr='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_co"
     "l_offset=7)], value=Constant(value=2, lineno=2, col_offset=10, end_lineno=2, end_col_off"
     "set=11), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11), Assign(targets=[Subsc"
     "ript(value=Name(id='match', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_of"
     "fset=5), slice=Constant(value=1, lineno=3, col_offset=6, end_lineno=3, end_col_offset=7)"
     ", ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8)], value=Constant("
     "value=3, lineno=3, col_offset=11, end_lineno=3, end_col_offset=12), lineno=3, col_offset"
     "=0, end_lineno=3, end_col_offset=12), Expr(value=Call(func=Name(id='print', ctx=Load(), "
     "lineno=4, col_offset=0, end_lineno=4, end_col_offset=5), args=[Name(id='match', ctx=Load"
     "(), lineno=4, col_offset=6, end_lineno=4, end_col_offset=11), Name(id='case', ctx=Load()"
     ", lineno=4, col_offset=13, end_lineno=4, end_col_offset=17), Name(id='_', ctx=Load(), li"
     "neno=4, col_offset=19, end_lineno=4, end_col_offset=20)], keywords=[], lineno=4, col_off"
     "set=0, end_lineno=4, end_col_offset=21), lineno=4, col_offset=0, end_lineno=4, end_col_o"
     "ffset=21)], type_ignores=[])"},
    {"match(x)",
     "Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load(), lineno=1, col_offset=0, e"
     "nd_lineno=1, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=6, e"
     "nd_lineno=1, end_col_offset=7)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_"
     "col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[]"
     ")"},
    {"match x, y:\n    case 1, 2: pass",
     "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=6, "
     "end_lineno=1, end_col_offset=7), Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_li"
     "neno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_o"
     "ffset=10), cases=[match_case(pattern=MatchSequence(patterns=[MatchValue(value=Constant(v"
     "alue=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9"
     ", end_lineno=2, end_col_offset=10), MatchValue(value=Constant(value=2, lineno=2, col_off"
     "set=12, end_lineno=2, end_col_offset=13), lineno=2, col_offset=12, end_lineno=2, end_col"
     "_offset=13)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=13), body=[Pass(linen"
     "o=2, col_offset=15, end_lineno=2, end_col_offset=19)])], lineno=1, col_offset=0, end_lin"
     "eno=2, end_col_offset=19)], type_ignores=[])"},
    {"match *a, b:\n    case _: pass",
     "Module(body=[Match(subject=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, "
     "col_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=6, end_l"
     "ineno=1, end_col_offset=8), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno"
     "=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offse"
     "t=11), cases=[match_case(pattern=MatchAs(lineno=2, col_offset=9, end_lineno=2, end_col_o"
     "ffset=10), body=[Pass(lineno=2, col_offset=12, end_lineno=2, end_col_offset=16)])], line"
     "no=1, col_offset=0, end_lineno=2, end_col_offset=16)], type_ignores=[])"},
    {"import a.b.c as d, e\nfrom . import x\nfrom .. import (y, z,)\nfrom ...a.b import *\nfro"
     "m .... import q",
     "Module(body=[Import(names=[alias(name='a.b.c', asname='d', lineno=1, col_offset=7, end_l"
     "ineno=1, end_col_offset=17), alias(name='e', lineno=1, col_offset=19, end_lineno=1, end_"
     "col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), ImportFrom(na"
     "mes=[alias(name='x', lineno=2, col_offset=14, end_lineno=2, end_col_offset=15)], level=1"
     ", lineno=2, col_offset=0, end_lineno=2, end_col_offset=15), ImportFrom(names=[alias(name"
     "='y', lineno=3, col_offset=16, end_lineno=3, end_col_offset=17), alias(name='z', lineno="
     "3, col_offset=19, end_lineno=3, end_col_offset=20)], level=2, lineno=3, col_offset=0, en"
     "d_lineno=3, end_col_offset=22), ImportFrom(module='a.b', names=[alias(name='*', lineno=4"
     ", col_offset=19, end_lineno=4, end_col_offset=20)], level=3, lineno=4, col_offset=0, end"
     "_lineno=4, end_col_offset=20), ImportFrom(names=[alias(name='q', lineno=5, col_offset=17"
     ", end_lineno=5, end_col_offset=18)], level=4, lineno=5, col_offset=0, end_lineno=5, end_"
     "col_offset=18)], type_ignores=[])"},
    {"from x import (a, b",
     "SyntaxError|'(' was never closed|1|15|1|0"},
    {"from x import a as",
     "SyntaxError|invalid syntax|1|19|1|19"},
    {"global a, b\nnonlocal c",
     "Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, end_col_offs"
     "et=11), Nonlocal(names=['c'], lineno=2, col_offset=0, end_lineno=2, end_col_offset=10)],"
     " type_ignores=[])"},
    {"x = a if b else c if d else e",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset="
     "9, end_lineno=1, end_col_offset=10), body=Name(id='a', ctx=Load(), lineno=1, col_offset="
     "4, end_lineno=1, end_col_offset=5), orelse=IfExp(test=Name(id='d', ctx=Load(), lineno=1,"
     " col_offset=21, end_lineno=1, end_col_offset=22), body=Name(id='c', ctx=Load(), lineno=1"
     ", col_offset=16, end_lineno=1, end_col_offset=17), orelse=Name(id='e', ctx=Load(), linen"
     "o=1, col_offset=28, end_lineno=1, end_col_offset=29), lineno=1, col_offset=16, end_linen"
     "o=1, end_col_offset=29), lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), linen"
     "o=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])"},
    {"x = not a and b or not c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp("
     "op=Not(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col"
     "_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), Name(id='b', ctx=Lo"
     "ad(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=4"
     ", end_lineno=1, end_col_offset=15), UnaryOp(op=Not(), operand=Name(id='c', ctx=Load(), l"
     "ineno=1, col_offset=23, end_lineno=1, end_col_offset=24), lineno=1, col_offset=19, end_l"
     "ineno=1, end_col_offset=24)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])"},
    {"x = a < b <= c == d != e > f >= g is h is not i in j not in k",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offse"
     "t=4, end_lineno=1, end_col_offset=5), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE(), Is()"
     ", IsNot(), In(), NotIn()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=8,"
     " end_lineno=1, end_col_offset=9), Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_"
     "lineno=1, end_col_offset=14), Name(id='d', ctx=Load(), lineno=1, col_offset=18, end_line"
     "no=1, end_col_offset=19), Name(id='e', ctx=Load(), lineno=1, col_offset=23, end_lineno=1"
     ", end_col_offset=24), Name(id='f', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, en"
     "d_col_offset=28), Name(id='g', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_co"
     "l_offset=33), Name(id='h', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_of"
     "fset=38), Name(id='i', ctx=Load(), lineno=1, col_offset=46, end_lineno=1, end_col_offset"
     "=47), Name(id='j', ctx=Load(), lineno=1, col_offset=51, end_lineno=1, end_col_offset=52)"
     ", Name(id='k', ctx=Load(), lineno=1, col_offset=60, end_lineno=1, end_col_offset=61)], l"
     "ineno=1, col_offset=4, end_lineno=1, end_col_offset=61), lineno=1, col_offset=0, end_lin"
     "eno=1, end_col_offset=61)], type_ignores=[])"},
    {"x = -a ** -b ** c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='a', ctx=Lo"
     "ad(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Pow(), right=UnaryOp(o"
     "p=USub(), operand=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=11, end_linen"
     "o=1, end_col_offset=12), op=Pow(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=1"
     "6, end_lineno=1, end_col_offset=17), lineno=1, col_offset=11, end_lineno=1, end_col_offs"
     "et=17), lineno=1, col_offset=10, end_lineno=1, end_col_offset=17), lineno=1, col_offset="
     "5, end_lineno=1, end_col_offset=17), lineno=1, col_offset=4, end_lineno=1, end_col_offse"
     "t=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"x = a @ b // c % d << e >> f & g ^ h | i",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Bi"
     "nOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_line"
     "no=1, end_col_offset=5), op=MatMult(), right=Name(id='b', ctx=Load(), lineno=1, col_offs"
     "et=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_off"
     "set=9), op=FloorDiv(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_linen"
     "o=1, end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), op=Mo"
     "d(), right=Name(id='d', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offse"
     "t=18), lineno=1, col_offset=4, end_lineno=1, end_col_offset=18), op=LShift(), right=Name"
     "(id='e', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno=1"
     ", col_offset=4, end_lineno=1, end_col_offset=23), op=RShift(), right=Name(id='f', ctx=Lo"
     "ad(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), lineno=1, col_offset=4,"
     " end_lineno=1, end_col_offset=28), op=BitAnd(), right=Name(id='g', ctx=Load(), lineno=1,"
     " col_offset=31, end_lineno=1, end_col_offset=32), lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=32), op=BitXor(), right=Name(id='h', ctx=Load(), lineno=1, col_offset=35,"
     " end_lineno=1, end_col_offset=36), lineno=1, col_offset=4, end_lineno=1, end_col_offset="
     "36), op=BitOr(), right=Name(id='i', ctx=Load(), lineno=1, col_offset=39, end_lineno=1, e"
     "nd_col_offset=40), lineno=1, col_offset=4, end_lineno=1, end_col_offset=40), lineno=1, c"
     "ol_offset=0, end_lineno=1, end_col_offset=40)], type_ignores=[])"},
    {"x = (a := 1, b := 2)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Tuple(elts=[NamedExpr(target=Name(id='a', ctx=Store(), li"
     "neno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Constant(value=1, lineno=1,"
     " col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=5, end_lineno=1, "
     "end_col_offset=11), NamedExpr(target=Name(id='b', ctx=Store(), lineno=1, col_offset=13, "
     "end_lineno=1, end_col_offset=14), value=Constant(value=2, lineno=1, col_offset=18, end_l"
     "ineno=1, end_col_offset=19), lineno=1, col_offset=13, end_lineno=1, end_col_offset=19)],"
     " ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=20), lineno=1, col_off"
     "set=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"},
    {"if (n := len(a)) > 10: pass",
     "Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store(), lineno=1, c"
     "ol_offset=4, end_lineno=1, end_col_offset=5), value=Call(func=Name(id='len', ctx=Load(),"
     " lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), args=[Name(id='a', ctx=Load()"
     ", lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], keywords=[], lineno=1, col"
     "_offset=9, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_c"
     "ol_offset=15), ops=[Gt()], comparators=[Constant(value=10, lineno=1, col_offset=19, end_"
     "lineno=1, end_col_offset=21)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=21),"
     " body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], orelse=[], linen"
     "o=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])"},
    {"x = [y := f(x), y**2]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store(), lin"
     "eno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Call(func=Name(id='f', ctx=L"
     "oad(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), args=[Name(id='x', ctx"
     "=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], keywords=[], lineno"
     "=1, col_offset=10, end_lineno=1, end_col_offset=14), lineno=1, col_offset=5, end_lineno="
     "1, end_col_offset=14), BinOp(left=Name(id='y', ctx=Load(), lineno=1, col_offset=16, end_"
     "lineno=1, end_col_offset=17), op=Pow(), right=Constant(value=2, lineno=1, col_offset=19,"
     " end_lineno=1, end_col_offset=20), lineno=1, col_offset=16, end_lineno=1, end_col_offset"
     "=20)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), lineno=1, c"
     "ol_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"},
    {"a := 1",
     "SyntaxError|invalid syntax|1|3|1|5"},
    {"def f(x := 1): pass",
     "SyntaxError|invalid syntax|1|9|1|11"},
    {"x = {**a, 'b': 1, **c}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Dict(keys=[None, Constant(value='b', lineno=1, col_offset"
     "=10, end_lineno=1, end_col_offset=13), None], values=[Name(id='a', ctx=Load(), lineno=1,"
     " col_offset=7, end_lineno=1, end_col_offset=8), Constant(value=1, lineno=1, col_offset=1"
     "5, end_lineno=1, end_col_offset=16), Name(id='c', ctx=Load(), lineno=1, col_offset=20, e"
     "nd_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=2"
     "2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])"},
    {"x = {*a, *b}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Set(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1"
     ", col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end"
     "_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offse"
     "t=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno=1"
     ", end_col_offset=11)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=12), lineno="
     "1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
    {"x = {a for a in b if c}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=SetComp(elt=Name(id='a', ctx=Load(), lineno=1, col_offset"
     "=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='a', ctx=S"
     "tore(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Name(id='b', ctx"
     "=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), ifs=[Name(id='c', ct"
     "x=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22)], is_async=0)], line"
     "no=1, col_offset=4, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno"
     "=1, end_col_offset=23)], type_ignores=[])"},
    {"x = {a: b for a, b in c}",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=DictComp(key=Name(id='a', ctx=Load(), lineno=1, col_offse"
     "t=5, end_lineno=1, end_col_offset=6), value=Name(id='b', ctx=Load(), lineno=1, col_offse"
     "t=8, end_lineno=1, end_col_offset=9), generators=[comprehension(target=Tuple(elts=[Name("
     "id='a', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id="
     "'b', ctx=Store(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], ctx=Store("
     "), lineno=1, col_offset=14, end_lineno=1, end_col_offset=18), iter=Name(id='c', ctx=Load"
     "(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), ifs=[], is_async=0)], lin"
     "eno=1, col_offset=4, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=24)], type_ignores=[])"},
    {"x = [a for b in c for a in b if a if b]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=ListComp(elt=Name(id='a', ctx=Load(), lineno=1, col_offse"
     "t=5, end_lineno=1, end_col_offset=6), generators=[comprehension(target=Name(id='b', ctx="
     "Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), iter=Name(id='c', ct"
     "x=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), ifs=[], is_async=0)"
     ", comprehension(target=Name(id='a', ctx=Store(), lineno=1, col_offset=22, end_lineno=1, "
     "end_col_offset=23), iter=Name(id='b', ctx=Load(), lineno=1, col_offset=27, end_lineno=1,"
     " end_col_offset=28), ifs=[Name(id='a', ctx=Load(), lineno=1, col_offset=32, end_lineno=1"
     ", end_col_offset=33), Name(id='b', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, en"
     "d_col_offset=38)], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=39"
     "), lineno=1, col_offset=0, end_lineno=1, end_col_offset=39)], type_ignores=[])"},
    {"x = a[1:2, ::3, ...]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_of"
     "fset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Slice(lower=Constant(value=1,"
     " lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), upper=Constant(value=2, lineno"
     "=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=6, end_lineno=1,"
     " end_col_offset=9), Slice(step=Constant(value=3, lineno=1, col_offset=13, end_lineno=1, "
     "end_col_offset=14), lineno=1, col_offset=11, end_lineno=1, end_col_offset=14), Constant("
     "value=Ellipsis, lineno=1, col_offset=16, end_lineno=1, end_col_offset=19)], ctx=Load(), "
     "lineno=1, col_offset=6, end_lineno=1, end_col_offset=19), ctx=Load(), lineno=1, col_offs"
     "et=4, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_of"
     "fset=20)], type_ignores=[])"},
    {"x = a[*b]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_of"
     "fset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Starred(value=Name(id='b', ct"
     "x=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1,"
     " col_offset=6, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=6, end"
     "_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_"
     "offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {"x = a[b:=1]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_of"
     "fset=4, end_lineno=1, end_col_offset=5), slice=NamedExpr(target=Name(id='b', ctx=Store()"
     ", lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), value=Constant(value=1, linen"
     "o=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=6, end_lineno="
     "1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset="
     "11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"x = a[]",
     "SyntaxError|invalid syntax|1|7|1|8"},
    {"x = f\"{a!r:>{width}} {b=} {c!s} {{}} {d:%Y-%m-%d}\"",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=L"
     "oad(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, format_s"
     "pec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=4, end_lineno=1, end_col_"
     "offset=50), FormattedValue(value=Name(id='width', ctx=Load(), lineno=1, col_offset=13, e"
     "nd_lineno=1, end_col_offset=18), conversion=-1, lineno=1, col_offset=4, end_lineno=1, en"
     "d_col_offset=50)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=50), lineno=1, c"
     "ol_offset=4, end_lineno=1, end_col_offset=50), Constant(value=' b=', lineno=1, col_offse"
     "t=4, end_lineno=1, end_col_offset=50), FormattedValue(value=Name(id='b', ctx=Load(), lin"
     "eno=1, col_offset=22, end_lineno=1, end_col_offset=23), conversion=114, lineno=1, col_of"
     "fset=4, end_lineno=1, end_col_offset=50), Constant(value=' ', lineno=1, col_offset=4, en"
     "d_lineno=1, end_col_offset=50), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, "
     "col_offset=27, end_lineno=1, end_col_offset=28), conversion=115, lineno=1, col_offset=4,"
     " end_lineno=1, end_col_offset=50), Constant(value=' {} ', lineno=1, col_offset=4, end_li"
     "neno=1, end_col_offset=50), FormattedValue(value=Name(id='d', ctx=Load(), lineno=1, col_"
     "offset=38, end_lineno=1, end_col_offset=39), conversion=-1, format_spec=JoinedStr(values"
     "=[Constant(value='%Y-%m-%d', lineno=1, col_offset=4, end_lineno=1, end_col_offset=50)], "
     "lineno=1, col_offset=4, end_lineno=1, end_col_offset=50), lineno=1, col_offset=4, end_li"
     "neno=1, end_col_offset=50)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=50), l"
     "ineno=1, col_offset=0, end_lineno=1, end_col_offset=50)], type_ignores=[])"},
    {"x = rb'\\x00' Rb\"\\n\" bR'''raw'''",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value=b'\\\\x00\\\\nraw', lineno=1, col_offset=4"
     ", end_lineno=1, end_col_offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset"
     "=31)], type_ignores=[])"},
    {"x = u'a' 'b'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value='ab', kind='u', lineno=1, col_offset=4, en"
     "d_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)"
     "], type_ignores=[])"},
    {"x = 'a' b'b'",
     "SyntaxError|cannot mix bytes and nonbytes literals|1|13|1|13"},
    {"x = b'a' f'b'",
     "SyntaxError|cannot mix bytes and nonbytes literals|1|14|1|14"},
    {"x = f'{a}' \"b\" f'{c}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=L"
     "oad(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1,"
     " col_offset=4, end_lineno=1, end_col_offset=21), Constant(value='b', lineno=1, col_offse"
     "t=4, end_lineno=1, end_col_offset=21), FormattedValue(value=Name(id='c', ctx=Load(), lin"
     "eno=1, col_offset=18, end_lineno=1, end_col_offset=19), conversion=-1, lineno=1, col_off"
     "set=4, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=4, end_lineno=1, end_col_"
     "offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"},
    {"x = '\\N{EM DASH}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value='\342\200\224', lineno=1, col_offset=4, en"
     "d_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)"
     "], type_ignores=[])"},
    {"x = '\\777'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value='\307\277', lineno=1, col_offset=4, end_li"
     "neno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], t"
     "ype_ignores=[])"},
    {"x = '\\d'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value='\\\\d', lineno=1, col_offset=4, end_linen"
     "o=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_i"
     "gnores=[])"},
    {"x = b'\\d'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value=b'\\\\d', lineno=1, col_offset=4, end_line"
     "no=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_"
     "ignores=[])"},
    {"x = 1_000_000 + 0x_FF + 0o_17 + 0b_1 + 1_0.0_1e1_0 + 1_0j",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Co"
     "nstant(value=1000000, lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), op=Add()"
     ", right=Constant(value=255, lineno=1, col_offset=16, end_lineno=1, end_col_offset=21), l"
     "ineno=1, col_offset=4, end_lineno=1, end_col_offset=21), op=Add(), right=Constant(value="
     "15, lineno=1, col_offset=24, end_lineno=1, end_col_offset=29), lineno=1, col_offset=4, e"
     "nd_lineno=1, end_col_offset=29), op=Add(), right=Constant(value=1, lineno=1, col_offset="
     "32, end_lineno=1, end_col_offset=36), lineno=1, col_offset=4, end_lineno=1, end_col_offs"
     "et=36), op=Add(), right=Constant(value=100100000000.0, lineno=1, col_offset=39, end_line"
     "no=1, end_col_offset=50), lineno=1, col_offset=4, end_lineno=1, end_col_offset=50), op=A"
     "dd(), right=Constant(value=10j, lineno=1, col_offset=53, end_lineno=1, end_col_offset=57"
     "), lineno=1, col_offset=4, end_lineno=1, end_col_offset=57), lineno=1, col_offset=0, end"
     "_lineno=1, end_col_offset=57)], type_ignores=[])"},
    {"x = 123456789012345678901234567890",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value=123456789012345678901234567890, lineno=1, "
     "col_offset=4, end_lineno=1, end_col_offset=34), lineno=1, col_offset=0, end_lineno=1, en"
     "d_col_offset=34)], type_ignores=[])"},
    {"x = 1e400",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value=inf, lineno=1, col_offset=4, end_lineno=1,"
     " end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignor"
     "es=[])"},
    {"x = .5 + 5. + 0.e5 + 00.5",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=BinOp(left=BinOp(left=BinOp(left=Constant(value=0.5, line"
     "no=1, col_offset=4, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value=5.0,"
     " lineno=1, col_offset=9, end_lineno=1, end_col_offset=11), lineno=1, col_offset=4, end_l"
     "ineno=1, end_col_offset=11), op=Add(), right=Constant(value=0.0, lineno=1, col_offset=14"
     ", end_lineno=1, end_col_offset=18), lineno=1, col_offset=4, end_lineno=1, end_col_offset"
     "=18), op=Add(), right=Constant(value=0.5, lineno=1, col_offset=21, end_lineno=1, end_col"
     "_offset=25), lineno=1, col_offset=4, end_lineno=1, end_col_offset=25), lineno=1, col_off"
     "set=0, end_lineno=1, end_col_offset=25)], type_ignores=[])"},
    {"x = ...",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value=Ellipsis, lineno=1, col_offset=4, end_line"
     "no=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_"
     "ignores=[])"},
    {"x = 1.__class__",
     "SyntaxError|invalid decimal literal|1|6|1|6"},
    {"x = 1 .real",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Attribute(value=Constant(value=1, lineno=1, col_offset=4,"
     " end_lineno=1, end_col_offset=5), attr='real', ctx=Load(), lineno=1, col_offset=4, end_l"
     "ineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], "
     "type_ignores=[])"},
    {"if True:\n    x = 1\n   y = 2",
     "IndentationError|unindent does not match any outer indentation level|3|9|3|-1"},
    {"if True:\n\tx = 1\n        y = 2",
     "TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0"},
    {"if True:\n        x = 1\n\ty = 2",
     "TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0"},
    {"def f():\npass",
     "IndentationError|expected an indented block after function definition on line 1|2|1|2|5"},
    {"class A:",
     "IndentationError|expected an indented block after class definition on line 1|1|9|1|-1"},
    {"for x in y:",
     "IndentationError|expected an indented block after 'for' statement on line 1|1|12|1|-1"},
    {"while x:",
     "IndentationError|expected an indented block after 'while' statement on line 1|1|9|1|-1"},
    {"with x:",
     "IndentationError|expected an indented block after 'with' statement on line 1|1|8|1|-1"},
    {"try:",
     "IndentationError|expected an indented block after 'try' statement on line 1|1|5|1|-1"},
    {"try:\n    pass\nfinally:",
     "IndentationError|expected an indented block after 'finally' statement on line 3|3|9|3|-1"},
    {"try:\n    pass\nexcept:",
     "IndentationError|expected an indented block after 'except' statement on line 3|3|8|3|-1"},
    {"try:\n    pass\nexcept E:",
     "IndentationError|expected an indented block after 'except' statement on line 3|3|10|3|-1"},
    {"try:\n    pass\nexcept* E:",
     "IndentationError|expected an indented block after 'except*' statement on line 3|3|11|3|-1"},
    {"if x:\n    pass\nelif y:",
     "IndentationError|expected an indented block after 'elif' statement on line 3|3|8|3|-1"},
    {"if x:\n    pass\nelse:",
     "IndentationError|expected an indented block after 'else' statement on line 3|3|6|3|-1"},
    {"match x:",
     "IndentationError|expected an indented block after 'match' statement on line 1|1|9|1|-1"},
    {"match x:\n    case 1:",
     "IndentationError|expected an indented block after 'case' statement on line 2|2|12|2|-1"},
    {"x = 1 +",
     "SyntaxError|invalid syntax|1|8|1|8"},
    {"x = * 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Starred(value=Constant(value=1, lineno=1, col_offset=6, e"
     "nd_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_co"
     "l_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"},
    {"x = **a",
     "SyntaxError|invalid syntax|1|5|1|7"},
    {"f(**)",
     "SyntaxError|invalid syntax|1|5|1|6"},
    {"a b c",
     "SyntaxError|invalid syntax|1|3|1|4"},
    {"[a b]",
     "SyntaxError|invalid syntax. Perhaps you forgot a comma\?|1|2|1|5"},
    {"{a b}",
     "SyntaxError|invalid syntax. Perhaps you forgot a comma\?|1|2|1|5"},
    {"(a, b c)",
     "SyntaxError|invalid syntax. Perhaps you forgot a comma\?|1|5|1|8"},
    {"f(a for a in b for)",
     "SyntaxError|invalid syntax|1|19|1|20"},
    {"x = [i for i in]",
     "SyntaxError|invalid syntax|1|16|1|17"},
    {"x = 5 if else 3",
     "SyntaxError|invalid syntax|1|10|1|14"},
    {"def f(**kwargs, a): pass",
     "SyntaxError|arguments cannot follow var-keyword argument|1|17|1|18"},
    {"lambda x=1, y: x",
     "SyntaxError|non-default argument follows default argument|1|13|1|14"},
    {"x = {1: 2, 3}",
     "SyntaxError|':' expected after dictionary key|1|12|1|0"},
    {"x = {1: 2, 3:}",
     "SyntaxError|expression expected after dictionary key and ':'|1|13|1|14"},
    {"x = {1: *a}",
     "SyntaxError|cannot use a starred expression in a dictionary value|1|9|1|11"},
    {"x = yield from",
     "SyntaxError|invalid syntax|1|15|1|15"},
    {"return",
     "Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignor"
     "es=[])"},
    {"x = \"abc\" \"def\" 123",
     "SyntaxError|invalid syntax|1|17|1|20"},
    {"x = (,)",
     "SyntaxError|invalid syntax|1|6|1|7"},
    {"x = [,]",
     "SyntaxError|invalid syntax|1|6|1|7"},
    {"f(,)",
     "SyntaxError|invalid syntax|1|3|1|4"},
    {"def f(,): pass",
     "SyntaxError|invalid syntax|1|7|1|8"},
    {"x = 1; ; y = 2",
     "SyntaxError|invalid syntax|1|8|1|9"},
    {"x = 1 \\\n + 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_"
     "lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=2, col_offset=3, e"
     "nd_lineno=2, end_col_offset=4), lineno=1, col_offset=4, end_lineno=2, end_col_offset=4),"
     " lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)], type_ignores=[])"},
    {"x = 1 \\ + 2",
     "SyntaxError|unexpected character after line continuation character|1|8|1|0"},
    {"x = 1 \\",
     "SyntaxError|unexpected EOF while parsing|1|8|1|-1"},
    {"@\ndef f(): pass",
     "SyntaxError|invalid syntax|1|2|1|2"},
    {"@a.b.c(d)\n@x[1]\n@(lambda f: f)\nclass A(B, metaclass=M, **kw): pass",
     "Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=4, col_offset=8, "
     "end_lineno=4, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', "
     "ctx=Load(), lineno=4, col_offset=21, end_lineno=4, end_col_offset=22), lineno=4, col_off"
     "set=11, end_lineno=4, end_col_offset=22), keyword(value=Name(id='kw', ctx=Load(), lineno"
     "=4, col_offset=26, end_lineno=4, end_col_offset=28), lineno=4, col_offset=24, end_lineno"
     "=4, end_col_offset=28)], body=[Pass(lineno=4, col_offset=31, end_lineno=4, end_col_offse"
     "t=35)], decorator_list=[Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load("
     "), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), attr='b', ctx=Load(), lineno"
     "=1, col_offset=1, end_lineno=1, end_col_offset=4), attr='c', ctx=Load(), lineno=1, col_o"
     "ffset=1, end_lineno=1, end_col_offset=6), args=[Name(id='d', ctx=Load(), lineno=1, col_o"
     "ffset=7, end_lineno=1, end_col_offset=8)], keywords=[], lineno=1, col_offset=1, end_line"
     "no=1, end_col_offset=9), Subscript(value=Name(id='x', ctx=Load(), lineno=2, col_offset=1"
     ", end_lineno=2, end_col_offset=2), slice=Constant(value=1, lineno=2, col_offset=3, end_l"
     "ineno=2, end_col_offset=4), ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_of"
     "fset=5), Lambda(args=arguments(posonlyargs=[], args=[arg(arg='f', lineno=3, col_offset=9"
     ", end_lineno=3, end_col_offset=10)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=N"
     "ame(id='f', ctx=Load(), lineno=3, col_offset=12, end_lineno=3, end_col_offset=13), linen"
     "o=3, col_offset=2, end_lineno=3, end_col_offset=13)], lineno=4, col_offset=0, end_lineno"
     "=4, end_col_offset=35)], type_ignores=[])"},
    {"assert x, \"msg\"",
     "Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, "
     "end_col_offset=8), msg=Constant(value='msg', lineno=1, col_offset=10, end_lineno=1, end_"
     "col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores="
     "[])"},
    {"raise E from None",
     "Module(body=[Raise(exc=Name(id='E', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, en"
     "d_col_offset=7), cause=Constant(value=None, lineno=1, col_offset=13, end_lineno=1, end_c"
     "ol_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=["
     "])"},
    {"del x,",
     "Module(body=[Delete(targets=[Name(id='x', ctx=Del(), lineno=1, col_offset=4, end_lineno="
     "1, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ig"
     "nores=[])"},
    {"del",
     "SyntaxError|invalid syntax|1|4|1|4"},
    {"x: int = 1, 2",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_line"
     "no=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, e"
     "nd_lineno=1, end_col_offset=6), value=Tuple(elts=[Constant(value=1, lineno=1, col_offset"
     "=9, end_lineno=1, end_col_offset=10), Constant(value=2, lineno=1, col_offset=12, end_lin"
     "eno=1, end_col_offset=13)], ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_of"
     "fset=13), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_igno"
     "res=[])"},
    {"x, y: int",
     "SyntaxError|only single target (not tuple) can be annotated|1|1|1|2"},
    {"x = (y) = [z] = 1",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1), Name(id='y', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, "
     "end_col_offset=6), List(elts=[Name(id='z', ctx=Store(), lineno=1, col_offset=11, end_lin"
     "eno=1, end_col_offset=12)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_"
     "offset=13)], value=Constant(value=1, lineno=1, col_offset=16, end_lineno=1, end_col_offs"
     "et=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"},
    {"[a, (b, c)] = d",
     "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1"
     ", end_lineno=1, end_col_offset=2), Tuple(elts=[Name(id='b', ctx=Store(), lineno=1, col_o"
     "ffset=5, end_lineno=1, end_col_offset=6), Name(id='c', ctx=Store(), lineno=1, col_offset"
     "=8, end_lineno=1, end_col_offset=9)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1,"
     " end_col_offset=10)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset="
     "11)], value=Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offs"
     "et=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"for (a, b), [c, *d] in e: pass",
     "Module(body=[For(target=Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_"
     "offset=5, end_lineno=1, end_col_offset=6), Name(id='b', ctx=Store(), lineno=1, col_offse"
     "t=8, end_lineno=1, end_col_offset=9)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1"
     ", end_col_offset=10), List(elts=[Name(id='c', ctx=Store(), lineno=1, col_offset=13, end_"
     "lineno=1, end_col_offset=14), Starred(value=Name(id='d', ctx=Store(), lineno=1, col_offs"
     "et=17, end_lineno=1, end_col_offset=18), ctx=Store(), lineno=1, col_offset=16, end_linen"
     "o=1, end_col_offset=18)], ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_of"
     "fset=19)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), iter=N"
     "ame(id='e', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), body="
     "[Pass(lineno=1, col_offset=26, end_lineno=1, end_col_offset=30)], orelse=[], lineno=1, c"
     "ol_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])"},
    {"for a.b[c] in d: pass",
     "Module(body=[For(target=Subscript(value=Attribute(value=Name(id='a', ctx=Load(), lineno="
     "1, col_offset=4, end_lineno=1, end_col_offset=5), attr='b', ctx=Load(), lineno=1, col_of"
     "fset=4, end_lineno=1, end_col_offset=7), slice=Name(id='c', ctx=Load(), lineno=1, col_of"
     "fset=8, end_lineno=1, end_col_offset=9), ctx=Store(), lineno=1, col_offset=4, end_lineno"
     "=1, end_col_offset=10), iter=Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_linen"
     "o=1, end_col_offset=15), body=[Pass(lineno=1, col_offset=17, end_lineno=1, end_col_offse"
     "t=21)], orelse=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignor"
     "es=[])"},
    {"x += yield",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_line"
     "no=1, end_col_offset=1), op=Add(), value=Yield(lineno=1, col_offset=5, end_lineno=1, end"
     "_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores"
     "=[])"},
    {"f() += 1",
     "SyntaxError|'function call' is an illegal expression for augmented assignment|1|1|1|4"},
    {"a + b = c",
     "SyntaxError|cannot assign to expression here. Maybe you meant '==' instead of '='\?|1|1|1|6"},
    {"True = 1",
     "SyntaxError|cannot assign to True|1|1|1|5"},
    {"x.True = 1",
     "SyntaxError|invalid syntax|1|3|1|7"},
    {"f(True=1)",
     "SyntaxError|cannot assign to True|1|3|1|8"},
    {"f(x=1 for x in y)",
     "SyntaxError|invalid syntax. Maybe you meant '==' or ':=' instead of '='\?|1|3|1|5"},
    {"a = 1 = 2",
     "SyntaxError|cannot assign to literal|1|5|1|6"},
    {"not x = 1",
     "SyntaxError|cannot assign to expression|1|1|1|6"},
    {"def g(): return (yield from x)",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[]"
     ", kw_defaults=[], defaults=[]), body=[Return(value=YieldFrom(value=Name(id='x', ctx=Load"
     "(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), lineno=1, col_offset=17, "
     "end_lineno=1, end_col_offset=29), lineno=1, col_offset=9, end_lineno=1, end_col_offset=3"
     "0)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], type_"
     "ignores=[])"},
    {"x = await y",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Await(value=Name(id='y', ctx=Load(), lineno=1, col_offset"
     "=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=4, end_lineno=1, end_col_off"
     "set=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"await = 1",
     "SyntaxError|invalid syntax|1|7|1|8"},
    {"async = 1",
     "SyntaxError|invalid syntax|1|7|1|8"},
    {"x = 'a' 'b' \\\n    'c'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value='abc', lineno=1, col_offset=4, end_lineno="
     "2, end_col_offset=7), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], type_ign"
     "ores=[])"},
    {"x = \"\"\"a\nb\nc\"\"\" + '''d\ne'''",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=BinOp(left=Constant(value='a\\nb\\nc', lineno=1, col_offs"
     "et=4, end_lineno=3, end_col_offset=4), op=Add(), right=Constant(value='d\\ne', lineno=3,"
     " col_offset=7, end_lineno=4, end_col_offset=4), lineno=1, col_offset=4, end_lineno=4, en"
     "d_col_offset=4), lineno=1, col_offset=0, end_lineno=4, end_col_offset=4)], type_ignores="
     "[])"},
    {"x = f\"\"\"{a\n+\nb}\"\"\"",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=BinOp(left=Name(id"
     "='a', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), op=Add(), ri"
     "ght=Name(id='b', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), li"
     "neno=1, col_offset=9, end_lineno=3, end_col_offset=1), conversion=-1, lineno=1, col_offs"
     "et=4, end_lineno=3, end_col_offset=5)], lineno=1, col_offset=4, end_lineno=3, end_col_of"
     "fset=5), lineno=1, col_offset=0, end_lineno=3, end_col_offset=5)], type_ignores=[])"},
    {"x = f\"{'a' if b else 'c'}\"",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=IfExp(test=Name(id"
     "='b', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), body=Consta"
     "nt(value='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), orelse=Constant("
     "value='c', lineno=1, col_offset=21, end_lineno=1, end_col_offset=24), lineno=1, col_offs"
     "et=7, end_lineno=1, end_col_offset=24), conversion=-1, lineno=1, col_offset=4, end_linen"
     "o=1, end_col_offset=26)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=26), line"
     "no=1, col_offset=0, end_lineno=1, end_col_offset=26)], type_ignores=[])"},
    {"x = f\"{a['b']}\"",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Subscript(value=Na"
     "me(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Co"
     "nstant(value='b', lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), ctx=Load(), "
     "lineno=1, col_offset=7, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_o"
     "ffset=4, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_co"
     "l_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]"
     ")"},
    {"x = f\"{a[\"b\"]}\"",
     "SyntaxError|f-string: unmatched '['|1|16|1|16"},
    {"x = f'{a!}'",
     "SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|12|1|12"},
    {"x = f'{a!x}'",
     "SyntaxError|f-string: invalid conversion character: expected 's', 'r', or 'a'|1|13|1|13"},
    {"x = f'{#}'",
     "SyntaxError|f-string expression part cannot include '#'|1|11|1|11"},
    {"x = f'{a#}'",
     "SyntaxError|f-string expression part cannot include '#'|1|12|1|12"},
    {"x = f'{a = !r}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a = ', lineno=1, col_of"
     "fset=4, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='a', ctx=Load(), "
     "lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=114, lineno=1, col_o"
     "ffset=4, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_co"
     "l_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[]"
     ")"},
    {"x = f'{a=:>10}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a=', lineno=1, col_offs"
     "et=4, end_lineno=1, end_col_offset=15), FormattedValue(value=Name(id='a', ctx=Load(), li"
     "neno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, format_spec=Joined"
     "Str(values=[Constant(value='>10', lineno=1, col_offset=4, end_lineno=1, end_col_offset=1"
     "5)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, e"
     "nd_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=1"
     "5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"x = f'{(lambda: 1)()}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(a"
     "rgs=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body"
     "=Constant(value=1, lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, "
     "col_offset=8, end_lineno=1, end_col_offset=17), args=[], keywords=[], lineno=1, col_offs"
     "et=7, end_lineno=1, end_col_offset=20), conversion=-1, lineno=1, col_offset=4, end_linen"
     "o=1, end_col_offset=22)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), line"
     "no=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])"},
    {"x = f'{lambda: 1}'",
     "SyntaxError|f-string: invalid syntax|1|8|1|9"},
    {"x = f'{yield}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Yield(lineno=1, co"
     "l_offset=7, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=4, end"
     "_lineno=1, end_col_offset=14)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=14)"
     ", lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"},
    {"x = f'{a:=1}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=L"
     "oad(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, format_sp"
     "ec=JoinedStr(values=[Constant(value='=1', lineno=1, col_offset=4, end_lineno=1, end_col_"
     "offset=13)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), lineno=1, col_off"
     "set=4, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=1, end_col_"
     "offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"x = f'{(a:=1)}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=NamedExpr(target=N"
     "ame(id='a', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), value="
     "Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, c"
     "ol_offset=8, end_lineno=1, end_col_offset=12), conversion=-1, lineno=1, col_offset=4, en"
     "d_lineno=1, end_col_offset=15)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=15"
     "), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"x = f'{a!r!s}'",
     "SyntaxError|f-string: expecting '}'|1|15|1|15"},
    {"x = f'{3.14:.2f} {x:{w}.{p}f}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Constant(value=3.1"
     "4, lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), conversion=-1, format_spec="
     "JoinedStr(values=[Constant(value='.2f', lineno=1, col_offset=4, end_lineno=1, end_col_of"
     "fset=30)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), lineno=1, col_offse"
     "t=4, end_lineno=1, end_col_offset=30), Constant(value=' ', lineno=1, col_offset=4, end_l"
     "ineno=1, end_col_offset=30), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col"
     "_offset=18, end_lineno=1, end_col_offset=19), conversion=-1, format_spec=JoinedStr(value"
     "s=[FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, "
     "end_col_offset=22), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset="
     "30), Constant(value='.', lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), Forma"
     "ttedValue(value=Name(id='p', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_"
     "offset=26), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), Con"
     "stant(value='f', lineno=1, col_offset=4, end_lineno=1, end_col_offset=30)], lineno=1, co"
     "l_offset=4, end_lineno=1, end_col_offset=30), lineno=1, col_offset=4, end_lineno=1, end_"
     "col_offset=30)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), lineno=1, col"
     "_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])"},
    {"x = f'\\{6}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='\\\\', lineno=1, col_of"
     "fset=4, end_lineno=1, end_col_offset=11), FormattedValue(value=Constant(value=6, lineno="
     "1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=4,"
     " end_lineno=1, end_col_offset=11)], lineno=1, col_offset=4, end_lineno=1, end_col_offset"
     "=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {"x = rf'\\{x}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='\\\\', lineno=1, col_of"
     "fset=4, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='x', ctx=Load(), "
     "lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_o"
     "ffset=4, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=4, end_lineno=1, end_co"
     "l_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[]"
     ")"},
    {"x = fr'{x}\\n'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=L"
     "oad(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1,"
     " col_offset=4, end_lineno=1, end_col_offset=13), Constant(value='\\\\n', lineno=1, col_o"
     "ffset=4, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=4, end_lineno=1, end_co"
     "l_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[]"
     ")"},
    {"x = F'{x}' + Rf'{y}' + fR'{z}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=BinOp(left=BinOp(left=JoinedStr(values=[FormattedValue(va"
     "lue=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), co"
     "nversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=10)], lineno=1, col_of"
     "fset=4, end_lineno=1, end_col_offset=10), op=Add(), right=JoinedStr(values=[FormattedVal"
     "ue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset="
     "18), conversion=-1, lineno=1, col_offset=13, end_lineno=1, end_col_offset=20)], lineno=1"
     ", col_offset=13, end_lineno=1, end_col_offset=20), lineno=1, col_offset=4, end_lineno=1,"
     " end_col_offset=20), op=Add(), right=JoinedStr(values=[FormattedValue(value=Name(id='z',"
     " ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), conversion=-1, l"
     "ineno=1, col_offset=23, end_lineno=1, end_col_offset=30)], lineno=1, col_offset=23, end_"
     "lineno=1, end_col_offset=30), lineno=1, col_offset=4, end_lineno=1, end_col_offset=30), "
     "lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])"},
    {"x = f'{\"\"\"a\"\"\"}'",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Constant(value='a'"
     ", lineno=1, col_offset=7, end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col"
     "_offset=4, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=4, end_lineno=1, end_"
     "col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores="
     "[])"},
    {"x = f'''{\na\n}'''",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=L"
     "oad(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), conversion=-1, lineno=1,"
     " col_offset=4, end_lineno=3, end_col_offset=4)], lineno=1, col_offset=4, end_lineno=3, e"
     "nd_col_offset=4), lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)], type_ignores"
     "=[])"},
    {"x = f'{a b}' f'{c d}'",
     "SyntaxError|f-string: invalid syntax. Perhaps you forgot a comma\?|1|2|1|5"},
    {"x = (f'{a}'\n     f'{b c}')",
     "SyntaxError|f-string: invalid syntax. Perhaps you forgot a comma\?|2|2|2|5"},
    {"\303\251 = 1; x = \303\251 + \"\303\251\" + f\"{\303\251}\303\251\"",
     "Module(body=[Assign(targets=[Name(id='\303\251', ctx=Store(), lineno=1, col_offset=0, en"
     "d_lineno=1, end_col_offset=2)], value=Constant(value=1, lineno=1, col_offset=5, end_line"
     "no=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), Assign"
     "(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset"
     "=9)], value=BinOp(left=BinOp(left=Name(id='\303\251', ctx=Load(), lineno=1, col_offset=1"
     "2, end_lineno=1, end_col_offset=14), op=Add(), right=Constant(value='\303\251', lineno=1"
     ", col_offset=17, end_lineno=1, end_col_offset=21), lineno=1, col_offset=12, end_lineno=1"
     ", end_col_offset=21), op=Add(), right=JoinedStr(values=[FormattedValue(value=Name(id='"
     "\303\251', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=29), conver"
     "sion=-1, lineno=1, col_offset=24, end_lineno=1, end_col_offset=33), Constant(value='\303"
     "\251', lineno=1, col_offset=24, end_lineno=1, end_col_offset=33)], lineno=1, col_offset="
     "24, end_lineno=1, end_col_offset=33), lineno=1, col_offset=12, end_lineno=1, end_col_off"
     "set=33), lineno=1, col_offset=8, end_lineno=1, end_col_offset=33)], type_ignores=[])"},
    {"def \303\251(\303\274=1, *\303\237): return \303\274",
     "Module(body=[FunctionDef(name='\303\251', args=arguments(posonlyargs=[], args=[arg(arg='"
     "\303\274', lineno=1, col_offset=7, end_lineno=1, end_col_offset=9)], vararg=arg(arg='"
     "\303\237', lineno=1, col_offset=14, end_lineno=1, end_col_offset=16), kwonlyargs=[], kw_"
     "defaults=[], defaults=[Constant(value=1, lineno=1, col_offset=10, end_lineno=1, end_col_"
     "offset=11)]), body=[Return(value=Name(id='\303\274', ctx=Load(), lineno=1, col_offset=26"
     ", end_lineno=1, end_col_offset=28), lineno=1, col_offset=19, end_lineno=1, end_col_offse"
     "t=28)], decorator_list=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=28)], ty"
     "pe_ignores=[])"},
    {"x = 1 # comment\n# another\n   # indented comment\ny = 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, e"
     "nd_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Assign(target"
     "s=[Name(id='y', ctx=Store(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=1)], v"
     "alue=Constant(value=2, lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4"
     ", col_offset=0, end_lineno=4, end_col_offset=5)], type_ignores=[])"},
    {"if x:\n    # comment at different indent\n  # another\n    y = 1",
     "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_"
     "col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=4, col_offset=4, e"
     "nd_lineno=4, end_col_offset=5)], value=Constant(value=1, lineno=4, col_offset=8, end_lin"
     "eno=4, end_col_offset=9), lineno=4, col_offset=4, end_lineno=4, end_col_offset=9)], orel"
     "se=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=9)], type_ignores=[])"},
    {"if x:\n\n    y = 1\n\nz = 2",
     "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_"
     "col_offset=4), body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=3, col_offset=4, e"
     "nd_lineno=3, end_col_offset=5)], value=Constant(value=1, lineno=3, col_offset=8, end_lin"
     "eno=3, end_col_offset=9), lineno=3, col_offset=4, end_lineno=3, end_col_offset=9)], orel"
     "se=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=9), Assign(targets=[Name(id="
     "'z', ctx=Store(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1)], value=Consta"
     "nt(value=2, lineno=5, col_offset=4, end_lineno=5, end_col_offset=5), lineno=5, col_offse"
     "t=0, end_lineno=5, end_col_offset=5)], type_ignores=[])"},
    {"x = (1 +\n     2\n     + 3)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=BinOp(left=BinOp(left=Constant(value=1, lineno=1, col_off"
     "set=5, end_lineno=1, end_col_offset=6), op=Add(), right=Constant(value=2, lineno=2, col_"
     "offset=5, end_lineno=2, end_col_offset=6), lineno=1, col_offset=5, end_lineno=2, end_col"
     "_offset=6), op=Add(), right=Constant(value=3, lineno=3, col_offset=7, end_lineno=3, end_"
     "col_offset=8), lineno=1, col_offset=5, end_lineno=3, end_col_offset=8), lineno=1, col_of"
     "fset=0, end_lineno=3, end_col_offset=9)], type_ignores=[])"},
    {"x = [\n  1,\n  2,\n]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=List(elts=[Constant(value=1, lineno=2, col_offset=2, end_"
     "lineno=2, end_col_offset=3), Constant(value=2, lineno=3, col_offset=2, end_lineno=3, end"
     "_col_offset=3)], ctx=Load(), lineno=1, col_offset=4, end_lineno=4, end_col_offset=1), li"
     "neno=1, col_offset=0, end_lineno=4, end_col_offset=1)], type_ignores=[])"},
    {"class A:\n    def f(self):\n        return 1\n\n    def g(self):\n        pass",
     "Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args="
     "arguments(posonlyargs=[], args=[arg(arg='self', lineno=2, col_offset=10, end_lineno=2, e"
     "nd_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Cons"
     "tant(value=1, lineno=3, col_offset=15, end_lineno=3, end_col_offset=16), lineno=3, col_o"
     "ffset=8, end_lineno=3, end_col_offset=16)], decorator_list=[], lineno=2, col_offset=4, e"
     "nd_lineno=3, end_col_offset=16), FunctionDef(name='g', args=arguments(posonlyargs=[], ar"
     "gs=[arg(arg='self', lineno=5, col_offset=10, end_lineno=5, end_col_offset=14)], kwonlyar"
     "gs=[], kw_defaults=[], defaults=[]), body=[Pass(lineno=6, col_offset=8, end_lineno=6, en"
     "d_col_offset=12)], decorator_list=[], lineno=5, col_offset=4, end_lineno=6, end_col_offs"
     "et=12)], decorator_list=[], lineno=1, col_offset=0, end_lineno=6, end_col_offset=12)], t"
     "ype_ignores=[])"},
    {"x = 1\n    \ny = 2",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, e"
     "nd_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Assign(target"
     "s=[Name(id='y', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], v"
     "alue=Constant(value=2, lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=3"
     ", col_offset=0, end_lineno=3, end_col_offset=5)], type_ignores=[])"},
    {"lambda: (yield)",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw"
     "_defaults=[], defaults=[]), body=Yield(lineno=1, col_offset=9, end_lineno=1, end_col_off"
     "set=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset="
     "0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {"x = [(yield)]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=List(elts=[Yield(lineno=1, col_offset=6, end_lineno=1, en"
     "d_col_offset=11)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=13),"
     " lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"},
    {"f(*args, **kwargs)\nf(a, *b, c, *d, e=1, **f, g=2)\nf(a)(b)(c)[d].e",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_l"
     "ineno=1, end_col_offset=1), args=[Starred(value=Name(id='args', ctx=Load(), lineno=1, co"
     "l_offset=3, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=2, end_lin"
     "eno=1, end_col_offset=7)], keywords=[keyword(value=Name(id='kwargs', ctx=Load(), lineno="
     "1, col_offset=11, end_lineno=1, end_col_offset=17), lineno=1, col_offset=9, end_lineno=1"
     ", end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno="
     "1, col_offset=0, end_lineno=1, end_col_offset=18), Expr(value=Call(func=Name(id='f', ctx"
     "=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), args=[Name(id='a', ctx"
     "=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), Starred(value=Name(id="
     "'b', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), ctx=Load(), li"
     "neno=2, col_offset=5, end_lineno=2, end_col_offset=7), Name(id='c', ctx=Load(), lineno=2"
     ", col_offset=9, end_lineno=2, end_col_offset=10), Starred(value=Name(id='d', ctx=Load(),"
     " lineno=2, col_offset=13, end_lineno=2, end_col_offset=14), ctx=Load(), lineno=2, col_of"
     "fset=12, end_lineno=2, end_col_offset=14)], keywords=[keyword(arg='e', value=Constant(va"
     "lue=1, lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), lineno=2, col_offset=1"
     "6, end_lineno=2, end_col_offset=19), keyword(value=Name(id='f', ctx=Load(), lineno=2, co"
     "l_offset=23, end_lineno=2, end_col_offset=24), lineno=2, col_offset=21, end_lineno=2, en"
     "d_col_offset=24), keyword(arg='g', value=Constant(value=2, lineno=2, col_offset=28, end_"
     "lineno=2, end_col_offset=29), lineno=2, col_offset=26, end_lineno=2, end_col_offset=29)]"
     ", lineno=2, col_offset=0, end_lineno=2, end_col_offset=30), lineno=2, col_offset=0, end_"
     "lineno=2, end_col_offset=30), Expr(value=Attribute(value=Subscript(value=Call(func=Call("
     "func=Call(func=Name(id='f', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_of"
     "fset=1), args=[Name(id='a', ctx=Load(), lineno=3, col_offset=2, end_lineno=3, end_col_of"
     "fset=3)], keywords=[], lineno=3, col_offset=0, end_lineno=3, end_col_offset=4), args=[Na"
     "me(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6)], keyword"
     "s=[], lineno=3, col_offset=0, end_lineno=3, end_col_offset=7), args=[Name(id='c', ctx=Lo"
     "ad(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9)], keywords=[], lineno=3, c"
     "ol_offset=0, end_lineno=3, end_col_offset=10), slice=Name(id='d', ctx=Load(), lineno=3, "
     "col_offset=11, end_lineno=3, end_col_offset=12), ctx=Load(), lineno=3, col_offset=0, end"
     "_lineno=3, end_col_offset=13), attr='e', ctx=Load(), lineno=3, col_offset=0, end_lineno="
     "3, end_col_offset=15), lineno=3, col_offset=0, end_lineno=3, end_col_offset=15)], type_i"
     "gnores=[])"},
    {"x = a if b else lambda: c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset="
     "9, end_lineno=1, end_col_offset=10), body=Name(id='a', ctx=Load(), lineno=1, col_offset="
     "4, end_lineno=1, end_col_offset=5), orelse=Lambda(args=arguments(posonlyargs=[], args=[]"
     ", kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='c', ctx=Load(), lineno=1, c"
     "ol_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=16, end_lineno=1, e"
     "nd_col_offset=25), lineno=1, col_offset=4, end_lineno=1, end_col_offset=25), lineno=1, c"
     "ol_offset=0, end_lineno=1, end_col_offset=25)], type_ignores=[])"},
    {"x = lambda: a if b else c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs"
     "=[], kw_defaults=[], defaults=[]), body=IfExp(test=Name(id='b', ctx=Load(), lineno=1, co"
     "l_offset=17, end_lineno=1, end_col_offset=18), body=Name(id='a', ctx=Load(), lineno=1, c"
     "ol_offset=12, end_lineno=1, end_col_offset=13), orelse=Name(id='c', ctx=Load(), lineno=1"
     ", col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=12, end_lineno=1"
     ", end_col_offset=25), lineno=1, col_offset=4, end_lineno=1, end_col_offset=25), lineno=1"
     ", col_offset=0, end_lineno=1, end_col_offset=25)], type_ignores=[])"},
    {"x = [lambda: i for i in range(3)]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=ListComp(elt=Lambda(args=arguments(posonlyargs=[], args=["
     "], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='i', ctx=Load(), lineno=1, "
     "col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=5, end_lineno=1, e"
     "nd_col_offset=14), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, "
     "col_offset=19, end_lineno=1, end_col_offset=20), iter=Call(func=Name(id='range', ctx=Loa"
     "d(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=29), args=[Constant(value=3, "
     "lineno=1, col_offset=30, end_lineno=1, end_col_offset=31)], keywords=[], lineno=1, col_o"
     "ffset=24, end_lineno=1, end_col_offset=32), ifs=[], is_async=0)], lineno=1, col_offset=4"
     ", end_lineno=1, end_col_offset=33), lineno=1, col_offset=0, end_lineno=1, end_col_offset"
     "=33)], type_ignores=[])"},
    {"x = *a, *b",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno"
     "=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=4, e"
     "nd_lineno=1, end_col_offset=6), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_off"
     "set=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=8, end_lineno="
     "1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset"
     "=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"},
    {"x = (*a, *b)",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno"
     "=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, e"
     "nd_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_off"
     "set=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno"
     "=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offse"
     "t=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
    {"print(*a)",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, e"
     "nd_lineno=1, end_col_offset=5), args=[Starred(value=Name(id='a', ctx=Load(), lineno=1, c"
     "ol_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=6, end_li"
     "neno=1, end_col_offset=8)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_o"
     "ffset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {"x = [*a, *b]",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=List(elts=[Starred(value=Name(id='a', ctx=Load(), lineno="
     "1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, en"
     "d_lineno=1, end_col_offset=7), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offs"
     "et=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_lineno="
     "1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset"
     "=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
    {"for x in *a, *b: pass",
     "Module(body=[For(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, "
     "end_col_offset=5), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col"
     "_offset=10, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=9, end_li"
     "neno=1, end_col_offset=11), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset="
     "14, end_lineno=1, end_col_offset=15), ctx=Load(), lineno=1, col_offset=13, end_lineno=1,"
     " end_col_offset=15)], ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=1"
     "5), body=[Pass(lineno=1, col_offset=17, end_lineno=1, end_col_offset=21)], orelse=[], li"
     "neno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"},
    {"x = a, b = c",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1), Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=4, en"
     "d_lineno=1, end_col_offset=5), Name(id='b', ctx=Store(), lineno=1, col_offset=7, end_lin"
     "eno=1, end_col_offset=8)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_of"
     "fset=8)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_"
     "offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)], type_ignores=[])"},
    {"x = (a, b) = c\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1), Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=5, en"
     "d_lineno=1, end_col_offset=6), Name(id='b', ctx=Store(), lineno=1, col_offset=8, end_lin"
     "eno=1, end_col_offset=9)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_of"
     "fset=10)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col"
     "_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"},
    {"def f(x):\n    global x\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', lin"
     "eno=1, col_offset=6, end_lineno=1, end_col_offset=7)], kwonlyargs=[], kw_defaults=[], de"
     "faults=[]), body=[Global(names=['x'], lineno=2, col_offset=4, end_lineno=2, end_col_offs"
     "et=12)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)], t"
     "ype_ignores=[])"},
    {"obj.None = 1\n",
     "SyntaxError|invalid syntax|1|5|1|9"},
    {"None = 1\n",
     "SyntaxError|cannot assign to None|1|1|1|5"},
    {"obj.True = 1\n",
     "SyntaxError|invalid syntax|1|5|1|9"},
    {"True = 1\n",
     "SyntaxError|cannot assign to True|1|1|1|5"},
    {"(True := 1)\n",
     "SyntaxError|cannot use assignment expressions with True|1|2|1|6"},
    {"obj.__debug__ = 1\n",
     "Module(body=[Assign(targets=[Attribute(value=Name(id='obj', ctx=Load(), lineno=1, col_of"
     "fset=0, end_lineno=1, end_col_offset=3), attr='__debug__', ctx=Store(), lineno=1, col_of"
     "fset=0, end_lineno=1, end_col_offset=13)], value=Constant(value=1, lineno=1, col_offset="
     "16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offs"
     "et=17)], type_ignores=[])"},
    {"__debug__ = 1\n",
     "Module(body=[Assign(targets=[Name(id='__debug__', ctx=Store(), lineno=1, col_offset=0, e"
     "nd_lineno=1, end_col_offset=9)], value=Constant(value=1, lineno=1, col_offset=12, end_li"
     "neno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], t"
     "ype_ignores=[])"},
    {"(__debug__ := 1)\n",
     "Module(body=[Expr(value=NamedExpr(target=Name(id='__debug__', ctx=Store(), lineno=1, col"
     "_offset=1, end_lineno=1, end_col_offset=10), value=Constant(value=1, lineno=1, col_offse"
     "t=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=1, end_lineno=1, end_col_of"
     "fset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"},
    {"del __debug__\n",
     "Module(body=[Delete(targets=[Name(id='__debug__', ctx=Del(), lineno=1, col_offset=4, end"
     "_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)"
     "], type_ignores=[])"},
    {"f() = 1\n",
     "SyntaxError|cannot assign to function call here. Maybe you meant '==' instead of '='\?|1"
     "|1|1|4"},
    {"yield = 1\n",
     "SyntaxError|assignment to yield expression not possible|1|1|1|6"},
    {"del f()\n",
     "SyntaxError|cannot delete function call|1|5|1|8"},
    {"a + 1 = 2\n",
     "SyntaxError|cannot assign to expression here. Maybe you meant '==' instead of '='\?|1|1|1|6"},
    {"(x for x in x) = 1\n",
     "SyntaxError|cannot assign to generator expression|1|1|1|15"},
    {"1 = 1\n",
     "SyntaxError|cannot assign to literal here. Maybe you meant '==' instead of '='\?|1|1|1|2"},
    {"\"abc\" = 1\n",
     "SyntaxError|cannot assign to literal here. Maybe you meant '==' instead of '='\?|1|1|1|6"},
    {"b\"\" = 1\n",
     "SyntaxError|cannot assign to literal here. Maybe you meant '==' instead of '='\?|1|1|1|4"},
    {"... = 1\n",
     "SyntaxError|cannot assign to ellipsis here. Maybe you meant '==' instead of '='\?|1|1|1|4"},
    {"`1` = 1\n",
     "SyntaxError|invalid syntax|1|1|1|2"},
    {"(a, \"b\", c) = (1, 2, 3)\n",
     "SyntaxError|cannot assign to literal|1|5|1|8"},
    {"(a, True, c) = (1, 2, 3)\n",
     "SyntaxError|cannot assign to True|1|5|1|9"},
    {"(a, __debug__, c) = (1, 2, 3)\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset="
     "1, end_lineno=1, end_col_offset=2), Name(id='__debug__', ctx=Store(), lineno=1, col_offs"
     "et=4, end_lineno=1, end_col_offset=13), Name(id='c', ctx=Store(), lineno=1, col_offset=1"
     "5, end_lineno=1, end_col_offset=16)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1,"
     " end_col_offset=17)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=21, end_l"
     "ineno=1, end_col_offset=22), Constant(value=2, lineno=1, col_offset=24, end_lineno=1, en"
     "d_col_offset=25), Constant(value=3, lineno=1, col_offset=27, end_lineno=1, end_col_offse"
     "t=28)], ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=29), lineno=1,"
     " col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])"},
    {"(a, *True, c) = (1, 2, 3)\n",
     "SyntaxError|cannot assign to True|1|6|1|10"},
    {"(a, *__debug__, c) = (1, 2, 3)\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset="
     "1, end_lineno=1, end_col_offset=2), Starred(value=Name(id='__debug__', ctx=Store(), line"
     "no=1, col_offset=5, end_lineno=1, end_col_offset=14), ctx=Store(), lineno=1, col_offset="
     "4, end_lineno=1, end_col_offset=14), Name(id='c', ctx=Store(), lineno=1, col_offset=16, "
     "end_lineno=1, end_col_offset=17)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, en"
     "d_col_offset=18)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=22, end_line"
     "no=1, end_col_offset=23), Constant(value=2, lineno=1, col_offset=25, end_lineno=1, end_c"
     "ol_offset=26), Constant(value=3, lineno=1, col_offset=28, end_lineno=1, end_col_offset=2"
     "9)], ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=30), lineno=1, co"
     "l_offset=0, end_lineno=1, end_col_offset=30)], type_ignores=[])"},
    {"[a, b, c + 1] = [1, 2, 3]\n",
     "SyntaxError|cannot assign to expression|1|8|1|13"},
    {"[a, b[1], c + 1] = [1, 2, 3]\n",
     "SyntaxError|cannot assign to expression|1|11|1|16"},
    {"[a, b.c.d, c + 1] = [1, 2, 3]\n",
     "SyntaxError|cannot assign to expression|1|12|1|17"},
    {"a if 1 else b = 1\n",
     "SyntaxError|cannot assign to conditional expression|1|1|1|14"},
    {"a = 42 if True\n",
     "SyntaxError|expected 'else' after 'if' expression|1|5|1|15"},
    {"a = (42 if True)\n",
     "SyntaxError|expected 'else' after 'if' expression|1|6|1|16"},
    {"a = [1, 42 if True, 4]\n",
     "SyntaxError|expected 'else' after 'if' expression|1|9|1|19"},
    {"if True:\n    print(\"Hello\"\n\nif 2:\n   print(123))\n",
     "SyntaxError|invalid syntax|4|5|4|6"},
    {"True = True = 3\n",
     "SyntaxError|cannot assign to True|1|1|1|5"},
    {"x = y = True = z = 3\n",
     "SyntaxError|cannot assign to True|1|9|1|13"},
    {"x = y = yield = 1\n",
     "SyntaxError|assignment to yield expression not possible|1|9|1|14"},
    {"a, b += 1, 2\n",
     "SyntaxError|'tuple' is an illegal expression for augmented assignment|1|1|1|5"},
    {"(a, b) += 1, 2\n",
     "SyntaxError|'tuple' is an illegal expression for augmented assignment|1|1|1|7"},
    {"[a, b] += 1, 2\n",
     "SyntaxError|'list' is an illegal expression for augmented assignment|1|1|1|7"},
    {"for a() in b: pass\n",
     "SyntaxError|cannot assign to function call|1|5|1|8"},
    {"for (a, b()) in b: pass\n",
     "SyntaxError|cannot assign to function call|1|9|1|12"},
    {"for [a, b()] in b: pass\n",
     "SyntaxError|cannot assign to function call|1|9|1|12"},
    {"for (*a, b, c+1) in b: pass\n",
     "SyntaxError|cannot assign to expression|1|13|1|16"},
    {"for (x, *(y, z.d())) in b: pass\n",
     "SyntaxError|cannot assign to function call|1|14|1|19"},
    {"for a, b() in c: pass\n",
     "SyntaxError|cannot assign to function call|1|8|1|11"},
    {"for a, b, (c + 1, d()): pass\n",
     "SyntaxError|cannot assign to expression|1|12|1|17"},
    {"for i < (): pass\n",
     "SyntaxError|invalid syntax|1|7|1|8"},
    {"for a, b\n",
     "SyntaxError|invalid syntax|1|9|1|9"},
    {"with a as b(): pass\n",
     "SyntaxError|cannot assign to function call|1|11|1|14"},
    {"with a as (b, c()): pass\n",
     "SyntaxError|cannot assign to function call|1|15|1|18"},
    {"with a as [b, c()]: pass\n",
     "SyntaxError|cannot assign to function call|1|15|1|18"},
    {"with a as (*b, c, d+1): pass\n",
     "SyntaxError|cannot assign to expression|1|19|1|22"},
    {"with a as (x, *(y, z.d())): pass\n",
     "SyntaxError|cannot assign to function call|1|20|1|25"},
    {"with a as b, c as d(): pass\n",
     "SyntaxError|cannot assign to function call|1|19|1|22"},
    {"with a as b\n",
     "SyntaxError|expected ':'|1|12|1|12"},
    {"p = p =\n",
     "SyntaxError|invalid syntax|1|8|1|8"},
    {"[x,y for x,y in range(100)]\n",
     "SyntaxError|did you forget parentheses around the comprehension target\?|1|2|1|5"},
    {"{x,y for x,y in range(100)}\n",
     "SyntaxError|did you forget parentheses around the comprehension target\?|1|2|1|5"},
    {"[1, 2 3]\n",
     "SyntaxError|invalid syntax. Perhaps you forgot a comma\?|1|5|1|8"},
    {"{1, 2 3}\n",
     "SyntaxError|invalid syntax. Perhaps you forgot a comma\?|1|5|1|8"},
    {"{1:2, 2:5 3:12}\n",
     "SyntaxError|invalid syntax. Perhaps you forgot a comma\?|1|9|1|12"},
    {"(1, 2 3)\n",
     "SyntaxError|invalid syntax. Perhaps you forgot a comma\?|1|5|1|8"},
    {"match x:\n    y = 3\n",
     "SyntaxError|invalid syntax|2|5|2|6"},
    {"match x:\n    case y:\n       3 $ 3\n",
     "SyntaxError|invalid syntax|3|10|3|11"},
    {"match x:\n    case $:\n       ...\n",
     "SyntaxError|invalid syntax|2|10|2|11"},
    {"match ...:\n    case {**rest, \"key\": value}:\n       ...\n",
     "SyntaxError|invalid syntax|2|19|2|24"},
    {"match ...:\n    case {**_}:\n       ...\n",
     "SyntaxError|invalid syntax|2|13|2|14"},
    {"def f(None=1):\n    pass\n",
     "SyntaxError|invalid syntax|1|7|1|11"},
    {"def f(x, y=1, z):\n    pass\n",
     "SyntaxError|non-default argument follows default argument|1|15|1|16"},
    {"def f(x, None):\n    pass\n",
     "SyntaxError|invalid syntax|1|10|1|14"},
    {"def f(*None):\n    pass\n",
     "SyntaxError|invalid syntax|1|8|1|12"},
    {"def f(**None):\n    pass\n",
     "SyntaxError|invalid syntax|1|9|1|13"},
    {"def foo(/,a,b=,c):\n   pass\n",
     "SyntaxError|at least one argument must precede /|1|9|1|10"},
    {"def foo(a,/,/,b,c):\n   pass\n",
     "SyntaxError|/ may appear only once|1|13|1|14"},
    {"def foo(a,/,a1,/,b,c):\n   pass\n",
     "SyntaxError|/ may appear only once|1|16|1|17"},
    {"def foo(a=1,/,/,*b,/,c):\n   pass\n",
     "SyntaxError|/ may appear only once|1|15|1|16"},
    {"def foo(a,/,a1=1,/,b,c):\n   pass\n",
     "SyntaxError|/ may appear only once|1|18|1|19"},
    {"def foo(a,*b,c,/,d,e):\n   pass\n",
     "SyntaxError|/ must be ahead of *|1|16|1|17"},
    {"def foo(a=1,*b,c=3,/,d,e):\n   pass\n",
     "SyntaxError|/ must be ahead of *|1|20|1|21"},
    {"def foo(a,*b=3,c):\n   pass\n",
     "SyntaxError|var-positional argument cannot have default value|1|13|1|14"},
    {"def foo(a,*b: int=,c):\n   pass\n",
     "SyntaxError|var-positional argument cannot have default value|1|18|1|19"},
    {"def foo(a,**b=3):\n   pass\n",
     "SyntaxError|var-keyword argument cannot have default value|1|14|1|15"},
    {"def foo(a,**b: int=3):\n   pass\n",
     "SyntaxError|var-keyword argument cannot have default value|1|19|1|20"},
    {"def foo(a,*a, b, **c, d):\n   pass\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|23|1|24"},
    {"def foo(a,*a, b, **c, d=4):\n   pass\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|23|1|24"},
    {"def foo(a,*a, b, **c, *d):\n   pass\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|23|1|24"},
    {"def foo(a,*a, b, **c, **d):\n   pass\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|23|1|25"},
    {"def foo(a=1,/,**b,/,c):\n   pass\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|19|1|20"},
    {"def foo(*b,*d):\n   pass\n",
     "SyntaxError|* argument may appear only once|1|12|1|13"},
    {"def foo(a,*b,c,*d,*e,c):\n   pass\n",
     "SyntaxError|* argument may appear only once|1|16|1|17"},
    {"def foo(a,b,/,c,*b,c,*d,*e,c):\n   pass\n",
     "SyntaxError|* argument may appear only once|1|22|1|23"},
    {"def foo(a,b,/,c,*b,c,*d,**e):\n   pass\n",
     "SyntaxError|* argument may appear only once|1|22|1|23"},
    {"def foo(a=1,/*,b,c):\n   pass\n",
     "SyntaxError|expected comma between / and *|1|14|1|15"},
    {"def foo(a=1,d=,c):\n   pass\n",
     "SyntaxError|expected default value expression|1|14|1|15"},
    {"def foo(a,d=,c):\n   pass\n",
     "SyntaxError|expected default value expression|1|12|1|13"},
    {"def foo(a,d: int=,c):\n   pass\n",
     "SyntaxError|expected default value expression|1|17|1|18"},
    {"lambda /,a,b,c: None\n",
     "SyntaxError|at least one argument must precede /|1|8|1|9"},
    {"lambda a,/,/,b,c: None\n",
     "SyntaxError|/ may appear only once|1|12|1|13"},
    {"lambda a,/,a1,/,b,c: None\n",
     "SyntaxError|/ may appear only once|1|15|1|16"},
    {"lambda a=1,/,/,*b,/,c: None\n",
     "SyntaxError|/ may appear only once|1|14|1|15"},
    {"lambda a,/,a1=1,/,b,c: None\n",
     "SyntaxError|/ may appear only once|1|17|1|18"},
    {"lambda a,*b,c,/,d,e: None\n",
     "SyntaxError|/ must be ahead of *|1|15|1|16"},
    {"lambda a=1,*b,c=3,/,d,e: None\n",
     "SyntaxError|/ must be ahead of *|1|19|1|20"},
    {"lambda a=1,/*,b,c: None\n",
     "SyntaxError|expected comma between / and *|1|13|1|14"},
    {"lambda a,*b=3,c: None\n",
     "SyntaxError|var-positional argument cannot have default value|1|12|1|13"},
    {"lambda a,**b=3: None\n",
     "SyntaxError|var-keyword argument cannot have default value|1|13|1|14"},
    {"lambda a, *a, b, **c, d: None\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|23|1|24"},
    {"lambda a,*a, b, **c, d=4: None\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|22|1|23"},
    {"lambda a,*a, b, **c, *d: None\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|22|1|23"},
    {"lambda a,*a, b, **c, **d: None\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|22|1|24"},
    {"lambda a=1,/,**b,/,c: None\n",
     "SyntaxError|arguments cannot follow var-keyword argument|1|18|1|19"},
    {"lambda *b,*d: None\n",
     "SyntaxError|* argument may appear only once|1|11|1|12"},
    {"lambda a,*b,c,*d,*e,c: None\n",
     "SyntaxError|* argument may appear only once|1|15|1|16"},
    {"lambda a,b,/,c,*b,c,*d,*e,c: None\n",
     "SyntaxError|* argument may appear only once|1|21|1|22"},
    {"lambda a,b,/,c,*b,c,*d,**e: None\n",
     "SyntaxError|* argument may appear only once|1|21|1|22"},
    {"lambda a=1,d=,c: None\n",
     "SyntaxError|expected default value expression|1|13|1|14"},
    {"lambda a,d=,c: None\n",
     "SyntaxError|expected default value expression|1|11|1|12"},
    {"import ast; ast.parse('''\ndef f(\n    *, # type: int\n    a, # type: int\n):\n    pass"
     "\n''', type_comments=True)\n",
     "Module(body=[Import(names=[alias(name='ast', lineno=1, col_offset=7, end_lineno=1, end_c"
     "ol_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), Expr(value=Cal"
     "l(func=Attribute(value=Name(id='ast', ctx=Load(), lineno=1, col_offset=12, end_lineno=1,"
     " end_col_offset=15), attr='parse', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, en"
     "d_col_offset=21), args=[Constant(value='\\ndef f(\\n    *, # type: int\\n    a, # type: "
     "int\\n):\\n    pass\\n', lineno=1, col_offset=22, end_lineno=7, end_col_offset=3)], keyw"
     "ords=[keyword(arg='type_comments', value=Constant(value=True, lineno=7, col_offset=19, e"
     "nd_lineno=7, end_col_offset=23), lineno=7, col_offset=5, end_lineno=7, end_col_offset=23"
     ")], lineno=1, col_offset=12, end_lineno=7, end_col_offset=24), lineno=1, col_offset=12, "
     "end_lineno=7, end_col_offset=24)], type_ignores=[])"},
    {"def None(x):\n    pass\n",
     "SyntaxError|invalid syntax|1|5|1|9"},
    {"def f(it, *varargs, **kwargs):\n    return list(it)\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='it', li"
     "neno=1, col_offset=6, end_lineno=1, end_col_offset=8)], vararg=arg(arg='varargs', lineno"
     "=1, col_offset=11, end_lineno=1, end_col_offset=18), kwonlyargs=[], kw_defaults=[], kwar"
     "g=arg(arg='kwargs', lineno=1, col_offset=22, end_lineno=1, end_col_offset=28), defaults="
     "[]), body=[Return(value=Call(func=Name(id='list', ctx=Load(), lineno=2, col_offset=11, e"
     "nd_lineno=2, end_col_offset=15), args=[Name(id='it', ctx=Load(), lineno=2, col_offset=16"
     ", end_lineno=2, end_col_offset=18)], keywords=[], lineno=2, col_offset=11, end_lineno=2,"
     " end_col_offset=19), lineno=2, col_offset=4, end_lineno=2, end_col_offset=19)], decorato"
     "r_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=19)], type_ignores=[])"},
    {"L = range(10)\n",
     "Module(body=[Assign(targets=[Name(id='L', ctx=Store(), lineno=1, col_offset=0, end_linen"
     "o=1, end_col_offset=1)], value=Call(func=Name(id='range', ctx=Load(), lineno=1, col_offs"
     "et=4, end_lineno=1, end_col_offset=9), args=[Constant(value=10, lineno=1, col_offset=10,"
     " end_lineno=1, end_col_offset=12)], keywords=[], lineno=1, col_offset=4, end_lineno=1, e"
     "nd_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignor"
     "es=[])"},
    {"f(x for x in L)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_l"
     "ineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, co"
     "l_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x"
     "', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='L"
     "', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_asy"
     "nc=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1"
     ", col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, "
     "end_col_offset=15)], type_ignores=[])"},
    {"f(x for x in L, 1)\n",
     "SyntaxError|Generator expression must be parenthesized|1|3|1|15"},
    {"f(x for x in L, y=1)\n",
     "SyntaxError|Generator expression must be parenthesized|1|3|1|15"},
    {"f(x for x in L, *[])\n",
     "SyntaxError|Generator expression must be parenthesized|1|3|1|15"},
    {"f(x for x in L, **{})\n",
     "SyntaxError|Generator expression must be parenthesized|1|3|1|15"},
    {"f(L, x for x in L)\n",
     "SyntaxError|Generator expression must be parenthesized|1|6|1|18"},
    {"f(x for x in L, y for y in L)\n",
     "SyntaxError|Generator expression must be parenthesized|1|3|1|15"},
    {"f(x for x in L,)\n",
     "SyntaxError|Generator expression must be parenthesized|1|3|1|15"},
    {"f((x for x in L), 1)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_l"
     "ineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, co"
     "l_offset=3, end_lineno=1, end_col_offset=4), generators=[comprehension(target=Name(id='x"
     "', ctx=Store(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), iter=Name(id='"
     "L', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), ifs=[], is_as"
     "ync=0)], lineno=1, col_offset=2, end_lineno=1, end_col_offset=16), Constant(value=1, lin"
     "eno=1, col_offset=18, end_lineno=1, end_col_offset=19)], keywords=[], lineno=1, col_offs"
     "et=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_of"
     "fset=20)], type_ignores=[])"},
    {"class C(x for x in L):\n    pass\n",
     "SyntaxError|invalid syntax|1|11|1|14"},
    {"def g(*args, **kwargs):\n    print(args, sorted(kwargs.items()))\n",
     "Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], vararg=arg(ar"
     "g='args', lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), kwonlyargs=[], kw_de"
     "faults=[], kwarg=arg(arg='kwargs', lineno=1, col_offset=15, end_lineno=1, end_col_offset"
     "=21), defaults=[]), body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=2, co"
     "l_offset=4, end_lineno=2, end_col_offset=9), args=[Name(id='args', ctx=Load(), lineno=2,"
     " col_offset=10, end_lineno=2, end_col_offset=14), Call(func=Name(id='sorted', ctx=Load()"
     ", lineno=2, col_offset=16, end_lineno=2, end_col_offset=22), args=[Call(func=Attribute(v"
     "alue=Name(id='kwargs', ctx=Load(), lineno=2, col_offset=23, end_lineno=2, end_col_offset"
     "=29), attr='items', ctx=Load(), lineno=2, col_offset=23, end_lineno=2, end_col_offset=35"
     "), args=[], keywords=[], lineno=2, col_offset=23, end_lineno=2, end_col_offset=37)], key"
     "words=[], lineno=2, col_offset=16, end_lineno=2, end_col_offset=38)], keywords=[], linen"
     "o=2, col_offset=4, end_lineno=2, end_col_offset=39), lineno=2, col_offset=4, end_lineno="
     "2, end_col_offset=39)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col"
     "_offset=39)], type_ignores=[])"},
    {"class C:\n    def meth(self, *args):\n        return args\n",
     "Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[FunctionDef(name='meth', ar"
     "gs=arguments(posonlyargs=[], args=[arg(arg='self', lineno=2, col_offset=13, end_lineno=2"
     ", end_col_offset=17)], vararg=arg(arg='args', lineno=2, col_offset=20, end_lineno=2, end"
     "_col_offset=24), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Name(id"
     "='args', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=19), lineno=3"
     ", col_offset=8, end_lineno=3, end_col_offset=19)], decorator_list=[], lineno=2, col_offs"
     "et=4, end_lineno=3, end_col_offset=19)], decorator_list=[], lineno=1, col_offset=0, end_"
     "lineno=3, end_col_offset=19)], type_ignores=[])"},
    {"obj = C()\n",
     "Module(body=[Assign(targets=[Name(id='obj', ctx=Store(), lineno=1, col_offset=0, end_lin"
     "eno=1, end_col_offset=3)], value=Call(func=Name(id='C', ctx=Load(), lineno=1, col_offset"
     "=6, end_lineno=1, end_col_offset=7), args=[], keywords=[], lineno=1, col_offset=6, end_l"
     "ineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], ty"
     "pe_ignores=[])"},
    {"f(lambda x: x[0] = 3)\n",
     "SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\?|1|3|1|19"},
    {"f(a={x: for x in {}})\n",
     "SyntaxError|invalid syntax|1|9|1|12"},
    {"f(x()=2)\n",
     "SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\?|1|3|1|7"},
    {"f(a or b=1)\n",
     "SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\?|1|3|1|10"},
    {"f(x.y=1)\n",
     "SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\?|1|3|1|7"},
    {"f((x)=2)\n",
     "SyntaxError|expression cannot contain assignment, perhaps you meant \"==\"\?|1|4|1|7"},
    {"f(True=1)\n",
     "SyntaxError|cannot assign to True|1|3|1|8"},
    {"f(False=1)\n",
     "SyntaxError|cannot assign to False|1|3|1|9"},
    {"f(None=1)\n",
     "SyntaxError|cannot assign to None|1|3|1|8"},
    {"f(__debug__=1)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_l"
     "ineno=1, end_col_offset=1), args=[], keywords=[keyword(arg='__debug__', value=Constant(v"
     "alue=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset="
     "2, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offs"
     "et=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"},
    {"__debug__: int\n",
     "Module(body=[AnnAssign(target=Name(id='__debug__', ctx=Store(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=9), annotation=Name(id='int', ctx=Load(), lineno=1, col_off"
     "set=11, end_lineno=1, end_col_offset=14), simple=1, lineno=1, col_offset=0, end_lineno=1"
     ", end_col_offset=14)], type_ignores=[])"},
    {"(x for x in x) += 1\n",
     "SyntaxError|'generator expression' is an illegal expression for augmented assignment|1|1"
     "|1|15"},
    {"None += 1\n",
     "SyntaxError|'None' is an illegal expression for augmented assignment|1|1|1|5"},
    {"__debug__ += 1\n",
     "Module(body=[AugAssign(target=Name(id='__debug__', ctx=Store(), lineno=1, col_offset=0, "
     "end_lineno=1, end_col_offset=9), op=Add(), value=Constant(value=1, lineno=1, col_offset="
     "13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offs"
     "et=14)], type_ignores=[])"},
    {"f() += 1\n",
     "SyntaxError|'function call' is an illegal expression for augmented assignment|1|1|1|4"},
    {"def test():\n    try:\n        pass\n    finally:\n        for abc in range(10):\n      "
     "      continue\n    print(abc)\n",
     "Module(body=[FunctionDef(name='test', args=arguments(posonlyargs=[], args=[], kwonlyargs"
     "=[], kw_defaults=[], defaults=[]), body=[Try(body=[Pass(lineno=3, col_offset=8, end_line"
     "no=3, end_col_offset=12)], handlers=[], orelse=[], finalbody=[For(target=Name(id='abc', "
     "ctx=Store(), lineno=5, col_offset=12, end_lineno=5, end_col_offset=15), iter=Call(func=N"
     "ame(id='range', ctx=Load(), lineno=5, col_offset=19, end_lineno=5, end_col_offset=24), a"
     "rgs=[Constant(value=10, lineno=5, col_offset=25, end_lineno=5, end_col_offset=27)], keyw"
     "ords=[], lineno=5, col_offset=19, end_lineno=5, end_col_offset=28), body=[Continue(linen"
     "o=6, col_offset=12, end_lineno=6, end_col_offset=20)], orelse=[], lineno=5, col_offset=8"
     ", end_lineno=6, end_col_offset=20)], lineno=2, col_offset=4, end_lineno=6, end_col_offse"
     "t=20), Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=7, col_offset=4, end_lin"
     "eno=7, end_col_offset=9), args=[Name(id='abc', ctx=Load(), lineno=7, col_offset=10, end_"
     "lineno=7, end_col_offset=13)], keywords=[], lineno=7, col_offset=4, end_lineno=7, end_co"
     "l_offset=14), lineno=7, col_offset=4, end_lineno=7, end_col_offset=14)], decorator_list="
     "[], lineno=1, col_offset=0, end_lineno=7, end_col_offset=14)], type_ignores=[])"},
};

static long field(Object *o)
{
    if (!o || o == NONE) return -1;
    return int_as_long(o);
}

/* The result of parsing src as the table writes it: a str (new reference) or NULL. */
static Object *outcome(const char *src)
{
    Arena *a = arena_new();
    Object *fn = str_from_cstr("f");
    ModNode *m = parse_source(src, -1, fn, MODE_EXEC, a);
    Object *r;
    if (m) {
        r = ast_dump_ex(m, 1);
    } else {
        Object *e = err_fetch();
        if (IS_INSTANCE(e, &Exc_SyntaxError)) {
            SyntaxErrorObject *s = (SyntaxErrorObject *)e;
            r = str_from_format("%s|%S|%ld|%ld|%ld|%ld", TYPE(e)->tp_name, s->msg,
                                field(s->lineno), field(s->offset), field(s->end_lineno),
                                field(s->end_offset));
        } else {
            r = str_from_format("%s", TYPE(e)->tp_name);
        }
        DECREF(e);
    }
    DECREF(fn);
    arena_free(a);
    return r;
}

int main(void)
{
    vm_init(0, NULL);
    int passed = 0, failed = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Object *r = outcome(cases[i].src);
        const char *got = r ? str_as_utf8(r) : "<error>";
        if (got && strcmp(got, cases[i].expected) == 0) passed++;
        else {
            failed++;
            printf("FAIL %zu: %s\n  expected: %s\n  got:      %s\n", i, cases[i].src,
                   cases[i].expected, got ? got : "?");
        }
        if (r) DECREF(r);
        else err_clear();
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
