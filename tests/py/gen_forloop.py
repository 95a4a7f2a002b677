# for loops over generators (the eval loop resumes their frames directly) mixed with the
# other ways of driving them.
import sys

def gen(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError(f"failed at {i}")
        yield i

def nested():
    for a in gen(3):
        for b in gen(a + 1):
            yield a, b
print(list(nested()))
out = []
for a in gen(3):
    for b in gen(2):
        out.append(a * 10 + b)
print(out)

# An exception from the generator reaches the loop at the `for` line.
try:
    for x in gen(5, fail_at=3):
        print("item", x)
except ValueError as e:
    print("caught", e, e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_frame.f_code.co_name)

# StopIteration escaping the generator: RuntimeError at the for.
def leaky():
    yield 1
    next(iter([]))
try:
    for x in leaky():
        print("leaky", x)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__context__).__name__)

# Return value is discarded by for; else clause runs.
def with_return():
    yield "x"
    return "ignored"
for v in with_return():
    print("v", v)
else:
    print("else after return")

# The loop body drives the same generator: next/send/throw/close between iterations.
g = gen(10)
for x in g:
    print("loop", x)
    if x == 1:
        print("next inside", next(g))
    if x == 4:
        g.close()
print("after close", list(g))

def catcher():
    for i in range(5):
        try:
            yield i
        except KeyError:
            yield "caught"
c = catcher()
for x in c:
    print("c", x)
    if x == 2:
        print("throw gives", c.throw(KeyError))

# Re-entry from the loop body is fine (the generator is suspended there).
g = gen(3)
for x in g:
    print(x, g.gi_running, g.gi_suspended, g.gi_frame.f_lineno)

# gi_running and the frame chain while the generator runs under a for loop
def introspect():
    f = sys._getframe()
    yield me.gi_running, f.f_back.f_code.co_name
def driver():
    return [v for v in me]
me = introspect()
print(driver())

# Generators inside comprehensions and nested for loops
print([x * y for x in gen(3) for y in gen(3) if x != y])
print({k: v for k, v in zip(gen(3), gen(3))})

# The handled exception inside a generator driven by a for loop
def exc_gen():
    yield sys.exc_info()[0]
    try:
        raise KeyError
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    for t in exc_gen():
        print("sees", t.__name__ if t else None)
    print("caller sees", sys.exc_info()[0].__name__)

# break, continue, return from inside the loop
def find(it, target):
    for i, x in enumerate(it):
        if x == target:
            return i
    return -1
print(find(gen(10), 7), find(gen(3), 7))
count = 0
for x in gen(10):
    if x % 2:
        continue
    if x > 6:
        break
    count += 1
print("count", count)

# Deep recursion through for loops
def walk(n):
    if n == 0:
        yield "leaf"
        return
    for x in walk(n - 1):
        yield x
print(list(walk(100)))
try:
    for x in walk(5000):
        pass
except RecursionError as e:
    print("RecursionError:", e)

# Generators that are created and finished inside a loop many times
total = 0
for i in range(2000):
    for v in gen(3):
        total += v
print(total)

# finally blocks in a generator abandoned by break run at once
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
for x in cleanup():
    break
print("after break")

# An exception in the loop body with the generator suspended
try:
    for x in cleanup():
        raise TypeError("body")
except TypeError as e:
    print("body error", e)
