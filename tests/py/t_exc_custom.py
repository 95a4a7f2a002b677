# custom exception classes: extra attributes, __str__/__repr__ overrides, args handling, hierarchies, catching by base.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFound(AppError):
    code = 404
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, e.field, e.problem, isinstance(e, Exception))
try:
    raise NotFound("page /x")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a)
class Plain(Exception): pass
for args in [(), ("one",), ("two", 2), (None,), ([1, 2],)]:
    p = Plain(*args)
    print(repr(p), str(p), p.args, len(p.args))
class WithRepr(Exception):
    def __repr__(self): return "WithRepr<custom>"
print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])
class Code(Exception):
    def __init__(self, code, msg="default message"):
        super().__init__(msg)
        self.code = code
c = Code(7)
print(c, c.code, c.args, Code(8, "m").args)
e2 = Plain("a")
e2.args = ("changed", 1)
print(e2, e2.args)
e2.extra = "attribute"
print(e2.extra, sorted(vars(e2)))
def risky(n):
    if n == 1: raise NotFound("one")
    if n == 2: raise ValidationError("f", "bad")
    if n == 3: raise Plain("plain")
    return "ok"
for n in range(4):
    try:
        print(risky(n))
    except (NotFound, ValidationError) as e:
        print("app error:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
class MultiBase(KeyError, AppError): pass
try:
    raise MultiBase("mk")
except LookupError as e:
    print("LookupError caught", repr(e), str(e), [k.__name__ for k in type(e).__mro__])
print(issubclass(ValidationError, AppError), ValidationError.__bases__, Exception("a", "b").args, str(Exception("a", "b")))
