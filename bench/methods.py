# Method calls on instances, with inheritance and attribute access.
class Counter:
    def __init__(self):
        self.n = 0
    def step(self, k):
        self.n += k
        return self
class Fancy(Counter):
    def step(self, k):
        return Counter.step(self, k * 2)
c = Counter(); f = Fancy()
for i in range(600000):
    c.step(1)
    f.step(i & 3)
print(c.n, f.n)
