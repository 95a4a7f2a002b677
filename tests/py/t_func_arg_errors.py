# TypeError messages for bad calls: missing, extra, unexpected keyword, multiple values, positional-only as keyword, keyword-only missing.
def f(a, b, c=3): pass
def g(x, /, y, *, z): pass
def h(*, k1, k2): pass
def v(*args, opt): pass
def none(): pass
class K:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a, b): pass
calls = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=4), lambda: f(1, 2, a=1), lambda: f(1, b=2, c=3, e=0, f=1),
    lambda: g(x=1, y=2, z=3), lambda: g(1, 2), lambda: g(1, 2, 3), lambda: g(1, y=2), lambda: g(), lambda: h(), lambda: h(k1=1),
    lambda: h(1), lambda: h(1, 2, k1=3), lambda: v(1, 2), lambda: none(1), lambda: none(a=1), lambda: K().m(), lambda: K().m(1, 2),
    lambda: K.m(1), lambda: K.s(), lambda: K.c(1), lambda: K().c(), lambda: (lambda: 0)(1), lambda: (lambda a, *, b: 0)(1),
    lambda: f(1, 2, **{"c": 1, "a": 2}), lambda: f(*[1, 2, 3, 4, 5]), lambda: f(**{1: 2}), lambda: f(*5), lambda: f(**[1]),
    lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: int(x=1), lambda: print(bad=1), lambda: "a".split(1, 2, 3),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
def pk(a, /):
    return a
try:
    pk(a=1)
except TypeError as e:
    print(e)
def many(a, b, c, d): pass
try:
    many(1)
except TypeError as e:
    print(e)
try:
    many()
except TypeError as e:
    print(e)
def kwo(*, a, b, c): pass
try:
    kwo()
except TypeError as e:
    print(e)
