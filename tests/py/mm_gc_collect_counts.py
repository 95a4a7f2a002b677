import sys, gc
class X: pass
del X
print(gc.collect())
def f(): pass
del f
print(gc.collect())
l = []; l.append(l); del l
print(gc.collect())
d = {}; d['d'] = d; del d
print(gc.collect())
class A: pass
a = A(); a.me = a; del a
print(gc.collect())
a = A(); a.me = a; a.__dict__; del a
print(gc.collect())
def outer():
    def inner(): return inner
    return inner
g = outer(); del g
print(gc.collect())
def gen():
    yield 1
g = gen(); next(g); del g
try:
    raise ValueError
except ValueError as e:
    err = e
err.tb = err.__traceback__
del err
print(gc.collect())
t = ([],); t[0].append(t); del t
print(gc.collect())
print(gc.collect())
