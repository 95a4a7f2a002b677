# introspection: isinstance/issubclass with tuples and bool/int, __class__, type(), vars(), dir() filtered, __dict__ contents.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()), isinstance(b, object), isinstance(A, type))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(A, A), issubclass(bool, (str, int)), issubclass(B, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(None, type(None)), isinstance([], (list, tuple)))
print(isinstance(b, (C, (int, (A,)))), issubclass(int, (float, (str, (int,)))))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, [int])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(b.__class__ is B, type(b) is B, type(b) == A, b.__class__.__name__, B.__class__ is type, b.__class__.__bases__[0].__name__)
class Obj:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self._b = 2
    def method(self): pass
    @property
    def prop(self): return 0
o = Obj()
print(vars(o), sorted(vars(o)), [n for n in dir(o) if not n.startswith("__")])
print(sorted([k for k in vars(Obj) if not k.startswith("__")]))
print(type(vars(Obj)).__name__, "cls_attr" in Obj.__dict__, "a" in Obj.__dict__, o.__dict__ is vars(o))
b.__class__ = C
print(type(b).__name__, isinstance(b, A))
try:
    (1).__class__ = float
except TypeError as e:
    print("TypeError:", e)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")][:10], len([n for n in dir({}) if not n.startswith("_")]))
print([n for n in dir(1) if not n.startswith("_")], [n for n in dir(object()) if not n.startswith("_")])
def f(): pass
print(type(f).__name__, type(print).__name__, type(len).__name__, type([].append).__name__, type(Obj.method).__name__, type(o.method).__name__)
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__, type(type).__name__, type(int).__name__)
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__dict__.get("__doc__"), "__weakref__" in dir(A))
print(callable(A), callable(o), callable(o.method), id(A) == id(A), hash(A) == hash(A), A == A, A != B)
