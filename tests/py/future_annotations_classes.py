"""PEP 563 for module and class bodies: __annotations__ holds strings, simple names only, in
order; complex targets (a.b: T, a[i]: T) evaluate neither target nor annotation; values are
still assigned; private names are mangled in keys but not in the strings."""
from __future__ import annotations
import sys

x: int
y: List[ int ] = [1, 2]
z: Undefined | None = None
(paren): Dict[str,int]
print(__annotations__)
print(y, z)
print('x' in globals(), 'paren' in globals())


class Obj:
    pass

obj = Obj()
obj.attr: Undefined = 5                 # value assigned, annotation not evaluated
obj.other: Undefined                    # nothing at all (the target's value is evaluated)
lst = [0]
lst[0]: Undefined = 7
lst[0]: Undefined
print(obj.attr, hasattr(obj, 'other'), lst)
print(sorted(__annotations__))

if True:
    in_if: Tuple[int, str] = (1, 'a')
for i in range(1):
    in_for: Set[int]
while False:
    never: int
try:
    in_try: 'Forward'
finally:
    pass
with open(__file__) as fh:
    in_with: IO[str]
print(__annotations__)


class Base:
    a: int
    b: ClassVar[List[Base]] = []
    __private: Secret
    __dunder__: Dunder
    c: Callable[..., Awaitable[None]]

    def method(self) -> Base:
        local: NotEvaluated = 1
        return local

print(Base.__annotations__)
print(Base.b, Base().method())
print('a' in Base.__dict__, '_Base__private' in Base.__annotations__)


class Derived(Base):
    d: Derived
    e: 'quoted'
    f: lambda x: x + 1
    g: [i for i in range(3)]
    h: {'k': v}
    obj.bad: int = 0 if False else 3     # a complex target: no annotation stored

print(Derived.__annotations__, obj.bad)


class Empty:
    pass

print(Empty.__dict__.get('__annotations__'))


class Nested:
    class Inner:
        q: Nested.Inner
    r: Inner

print(Nested.Inner.__annotations__, Nested.__annotations__)


def make_class():
    local_type = int
    class Local:
        v: local_type
        w: other_local
    return Local

print(make_class().__annotations__, make_class.__code__.co_cellvars)


# Module bodies compiled at run time carry the flag when they import the future themselves.
src = '''"""doc"""
from __future__ import annotations
a: 1 + 2
b: (x, y)
def f(p: q) -> r: pass
'''
ns = {}
exec(compile(src, "<mod>", "exec"), ns)
print(ns['__annotations__'], ns['f'].__annotations__, ns['__doc__'])

src2 = '''from __future__ import generator_stop, annotations
class K:
    k: K
'''
ns = {}
exec(src2, ns)
print(ns['K'].__annotations__)

mod = type(sys)('m')
exec('from __future__ import annotations\nv: Missing', mod.__dict__)
print(mod.__annotations__)
