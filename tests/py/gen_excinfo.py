# The handled exception inside generators: each generator has its own, swapped in on resume.
import sys

def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def g1():
    yield name()
    try:
        raise TypeError
    except TypeError:
        yield name()
        yield name()
    yield name()

g = g1()
print("fresh:", next(g))
try:
    raise KeyError
except KeyError:
    print("in KeyError handler, gen sees:", next(g))
    print("caller still sees:", name())
try:
    raise IndexError
except IndexError:
    print("in IndexError handler, gen sees:", next(g))
    print("caller still sees:", name())
print("outside, gen sees:", next(g))
print("outside:", name())

# Without an own exception the generator sees its resumer's.
def g2():
    while True:
        yield name()
g = g2()
print(next(g))
for exc in (ValueError, OSError, ZeroDivisionError):
    try:
        raise exc
    except exc:
        print(next(g))
print(next(g))

# Exceptions raised inside a generator chain to the handled exception (its own first).
def g3():
    try:
        raise KeyError("own")
    except KeyError:
        yield
        raise ValueError("in handler")
g = g3()
next(g)
try:
    raise IndexError("caller")
except IndexError:
    try:
        next(g)
    except ValueError as e:
        print("context:", repr(e.__context__))

def g4():
    yield
    raise ValueError("no own")
g = g4()
next(g)
try:
    raise IndexError("caller")
except IndexError:
    try:
        next(g)
    except ValueError as e:
        print("context:", repr(e.__context__))

# Exception state survives across many yields inside nested handlers.
def g5():
    try:
        raise ValueError("outer")
    except ValueError:
        yield name()
        try:
            raise TypeError("inner")
        except TypeError:
            yield name()
        yield name()
    yield name()
print(list(g5()))

# A bare raise inside a generator re-raises its own handled exception.
def g6():
    try:
        raise LookupError("mine")
    except LookupError:
        yield
        raise
g = g6()
next(g)
try:
    raise OSError("caller's")
except OSError:
    try:
        next(g)
    except LookupError as e:
        print("re-raised:", e)

# throw() chains the generator's own handled exception, not the caller's.
def g7():
    try:
        raise KeyError("own")
    except KeyError:
        yield
def g8():
    yield
a, b = g7(), g8()
next(a); next(b)
try:
    raise IndexError("caller")
except IndexError:
    try:
        a.throw(ValueError)
    except ValueError as e:
        print("throw into handler, context:", repr(e.__context__))

# sys.exc_info() after the generator finished is the caller's again.
def g9():
    try:
        raise KeyError
    except KeyError:
        yield
g = g9()
next(g)
print(name())
try:
    next(g)
except StopIteration:
    print("stopped, caller sees:", name())

# exception in a finally block during normal iteration
def g10():
    try:
        yield 1
    finally:
        print("in finally sees:", name())
try:
    raise ValueError
except ValueError:
    for v in g10():
        print("value", v)
