# with statement: __enter__/__exit__ order, as-binding, exception info passed to __exit__, suppression, nesting, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print(f"  enter {self.name}")
        return f"value-of-{self.name}"
    def __exit__(self, t, v, tb):
        print(f"  exit {self.name}: {t.__name__ if t else None} {v!r} tb={tb is not None}")
        return self.suppress
with CM("a") as val:
    print("body", val)
with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with CM("outer") as o, CM("inner") as i:
    print("both", o, i)
try:
    with CM("x"), CM("y", suppress=True), CM("z"):
        raise RuntimeError("r")
    print("y suppressed it")
except RuntimeError:
    print("not reached")
def in_function():
    with CM("fn"):
        return "returned through with"
print(in_function())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("  body", n)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class EnterFails:
    def __enter__(self): raise OSError("cannot enter")
    def __exit__(self, *a): print("  exit not called"); return False
try:
    with EnterFails():
        print("not reached")
except OSError as e:
    print("OSError:", e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise TypeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("body")
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string suppresses"
with Truthy():
    1 / 0
print("truthy return suppressed ZeroDivisionError")
with CM("t") as (first):
    print(first)
class Self:
    def __enter__(self): return self
    def __exit__(self, *a): return None
with Self() as s:
    print(type(s).__name__)
