# Small-object churn: tuples, lists and instances created and dropped.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
acc = 0
for i in range(400000):
    t = (i, i + 1, i + 2)
    l = [i, t]
    p = P(i, t)
    acc += len(l) + p.x - t[0]
print(acc)
