# A StopIteration raised by a class's __next__ reaches the caller of next() with its value;
# loops, list() and `in` take it as the end.
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("done", 42)
        self.n -= 1
        return self.n

try:
    next(It(0))
except StopIteration as e:
    print(e.value, e.args)
print(next(It(0), "default"))
print(list(It(3)), 1 in It(3), sorted(It(4)), [x for x in It(2)])
it = It(1)
print(next(it))
try:
    it.__next__()
except StopIteration as e:
    print("direct", e.args)
def delegating():
    result = yield from It(2)
    print("yield from got", result)
print(list(delegating()))
