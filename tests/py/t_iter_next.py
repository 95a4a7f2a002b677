# iter() and next(): default values, StopIteration, iter with sentinel, iterator protocol, exhausted iterators.
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "again"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
print(iter(it) is it, type(iter("ab")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__)
data = [5, 4, 3, 0, 9]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)), pos)
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)), len(calls))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), [x for x in Countdown(2)], sum(Countdown(4)), max(Countdown(5)), 2 in Countdown(3))
class OldStyle:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)
print(list(OldStyle()), list(iter(OldStyle())), 9 in OldStyle(), [a for a in OldStyle()])
a, b, *c = Countdown(5)
print(a, b, c)
for bad in [lambda: iter(5), lambda: next([1]), lambda: iter(len, 1, 2), lambda: iter(1, 2), lambda: next(iter([]))]:
    try:
        print(bad())
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
s = "xyz"
i1, i2 = iter(s), iter(s)
print(next(i1), next(i1), next(i2), list(i1), list(i2))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di), list(iter(d.items())), next(iter(d.values())))
