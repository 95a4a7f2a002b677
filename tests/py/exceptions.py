# Exceptions: handlers, else/finally, raise from, custom classes, messages.
def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e, type(e).__name__)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally")
print(div(1, 2), div(1, 0))
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except MyError as e:
    print(e, e.code, e.args, repr(e))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(e, type(e.__context__).__name__)
for bad in (lambda: [][1], lambda: int("x"), lambda: None.foo, lambda: undefined_name,
            lambda: "a" + 1, lambda: len(5), lambda: {}["z"], lambda: (1).bit_length(1, 2),
            lambda: [].pop(), lambda: 1 < "a", lambda: int(None), lambda: iter(3)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, "|", e)
try:
    raise
except RuntimeError as e:
    print(e)
def gen_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
gen_finally()
def ret():
    try:
        return "try"
    finally:
        print("cleanup")
print(ret())
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert", e)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), Exception.__mro__)
e = ValueError(1, 2); print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
import sys
try:
    raise IndexError("x")
except IndexError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
with_nested = 0
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
