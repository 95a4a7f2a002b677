"""PEP 563 annotation strings are ordinary constants: their place in co_consts, the folding of
the (name, annotation, ...) tuple, merging of equal strings across code objects of one
compilation, and interning of identifier-like ones, as CPython 3.11 compiles them."""
from __future__ import annotations
import sys


def show(code, depth=0):
    consts = []
    for c in code.co_consts:
        consts.append('<code %s>' % c.co_name if hasattr(c, 'co_consts') else c)
    print('  ' * depth + code.co_name, consts, code.co_names)
    for c in code.co_consts:
        if hasattr(c, 'co_consts'):
            show(c, depth + 1)


SRC = '''from __future__ import annotations
x: int = 1
y: List[int]
def f(a: int, b: List[int] = None, *c: str, d: 'int', **e: Dict[str,int]) -> int:
    v: int = a
    w: Undefined
    return 'int'
def g(a: int) -> List[int]: return 'List[int]'
def h(a, b=1): pass
class C:
    p: int
    q: List[int] = []
    r.s: Other = 2
    t[0]: Other
    def m(self, z: C) -> C: pass
lambda: 0
async def co(a: Awaitable[int]): pass
def star(*a: *Ts): pass
'''

code = compile(SRC, '<consts>', 'exec')
show(code)

ns = {}
try:
    exec(code, ns)
except NameError as e:
    print('NameError', e)

# Equal annotation strings are one object within a compilation, and identifier-like ones
# are interned.
code2 = compile(SRC.replace('    r.s: Other = 2\n    t[0]: Other\n', ''), '<consts>', 'exec')
ns = {}
exec(code2, ns)
fa, ga = ns['f'].__annotations__, ns['g'].__annotations__
print(fa['a'] is ga['a'], fa['b'] is ga['return'], fa['a'] is sys.intern('int'))
print(ns['__annotations__']['y'] is fa['b'], ns['C'].__annotations__['q'] is fa['b'])
print(fa['e'], fa['e'] is ga['a'])


def local():
    def inner(a: int, b: str) -> bool: pass
    return inner

show(local.__code__)
print(local().__annotations__)


class K:
    a: int
    b: 'str'
    def m(self) -> K: pass

print(K.__annotations__, K.m.__annotations__)
