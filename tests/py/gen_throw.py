# throw(): exceptions raised at the paused yield, the three argument forms, errors.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught ValueError", e.args)
            yield "handled"
        except KeyError:
            print("caught KeyError")

g = catcher()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(g.throw(ValueError, "with value"))
print(next(g))
print(g.throw(ValueError, ("a", "b")))
print(next(g))
print(g.throw(ValueError, ValueError("inst")))
print(next(g))
print(g.throw(KeyError))
try:
    g.throw(TypeError("not caught"))
except TypeError as e:
    print("propagated", e)
print(g.gi_frame)
try:
    next(g)
except StopIteration:
    print("finished after throw")

# throw into an unstarted generator: raised at once, no handler runs.
def gen():
    try:
        yield 1
    except Exception:
        print("never")
g = gen()
try:
    g.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted:", e)
print(list(g))

# throw into an exhausted generator
try:
    g.throw(IndexError("late"))
except IndexError as e:
    print("exhausted:", e)

# Bad arguments
g = catcher()
next(g)
for args in [(1,), (ValueError("x"), 1), (ValueError, None, 5)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
print(g.throw(ValueError, None, None))

# Throwing StopIteration into a generator that does not catch it: RuntimeError (PEP 479).
def plain():
    yield 1
    yield 2
g = plain()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# The generator may return during throw: StopIteration with its value.
def returner():
    try:
        yield 1
    except ValueError:
        return "returned"
g = returner()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration value", e.value)

# The exception keeps its traceback through the generator's frame.
def tb_gen():
    yield 1
g = tb_gen()
next(g)
try:
    g.throw(ZeroDivisionError("tb"))
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)

# throw with a traceback object
try:
    1 / 0
except ZeroDivisionError as e:
    saved_tb = e.__traceback__
g = tb_gen()
next(g)
try:
    g.throw(ZeroDivisionError, ZeroDivisionError("x"), saved_tb)
except ZeroDivisionError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("traceback entries", n)

# Exception class hierarchy: catching a base class.
def base():
    try:
        yield
    except LookupError as e:
        yield type(e).__name__
g = base()
next(g)
print(g.throw(IndexError))
