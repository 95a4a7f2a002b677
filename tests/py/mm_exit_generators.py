# Suspended generators left in __main__ are closed at exit: their finally blocks run.
def gen(n):
    try:
        yield n
        yield n + 1
    finally:
        print("finally of", n)

class B:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("B del", self.name)

g1 = gen(1)
next(g1)
g2 = gen(2)
b = B("b")
objs = [B(i) for i in range(3)]
print("end of program")
