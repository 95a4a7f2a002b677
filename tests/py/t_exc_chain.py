# exception chaining: implicit __context__, explicit raise from (__cause__), from None (__suppress_context__), attributes.
def show(e):
    print(type(e).__name__, repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    show(e)
try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden") from None
except TypeError as e:
    show(e)
try:
    raise ValueError("cause without context") from OSError("os")
except ValueError as e:
    show(e)
e = ValueError("fresh")
show(e)
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise IndexError("b")
    except IndexError:
        raise ValueError("c")
except ValueError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("class cause") from KeyError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
err = RuntimeError("manual")
err.__cause__ = KeyError("set by hand")
print(repr(err.__cause__), err.__suppress_context__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally sees exception in flight")
except ValueError as e:
    print("context after finally:", e.__context__)
def handler():
    try:
        raise KeyError("orig")
    except KeyError as e:
        try:
            raise ValueError("nested")
        except ValueError as inner:
            return inner
r = handler()
print(repr(r), repr(r.__context__))
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e2:
    print("re-raised same object, context:", e2.__context__)
