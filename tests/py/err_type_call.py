def f(a, b, *, c):
    pass
for call in (lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, 2), lambda: f(1, 2, c=3, d=4),
             lambda: f(1, 2, a=1, c=3)):
    try:
        call()
    except TypeError as e:
        print(e)
class K:
    def m(self, x):
        pass
try:
    K().m()
except TypeError as e:
    print(e)
f(1, 2, 3, 4)
