# At exit __main__'s dict dies as a cycle (its functions point back at it): the objects it holds
# are finalized in the collector's order, after the garbage already unreachable.
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = A(1)
b = A(2)
c = A(3)
items = [A(4), A(5)]
table = {"x": A(6)}
me = A(7)
me.self = me
p = A(8)
q = A(9)
p.other = q
q.other = p
_private = A(10)
del p, q
print("end of program")
