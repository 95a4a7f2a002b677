# "generator already executing", re-entrancy and recursion.
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_frame)

def sender():
    x = yield 1
    me2.send(x)
    yield 2
me2 = sender()
next(me2)
try:
    me2.send("v")
except ValueError as e:
    print("ValueError:", e)

def closer():
    yield me3.close()
me3 = closer()
try:
    next(me3)
except ValueError as e:
    print("ValueError:", e)

def thrower():
    yield me4.throw(KeyError)
me4 = thrower()
try:
    next(me4)
except ValueError as e:
    print("ValueError:", e)

# A generator that catches the ValueError of its own re-entry keeps running.
def self_aware():
    try:
        next(me5)
    except ValueError as e:
        yield "caught: " + str(e)
me5 = self_aware()
print(next(me5))

# Deep recursion of generators: RecursionError surfaces.
import sys
def deep(n):
    yield from deep(n + 1)
try:
    next(deep(0))
except RecursionError as e:
    print("RecursionError:", e)

# Moderately deep recursion works.
def tree(n):
    if n == 0:
        yield 0
        return
    yield from tree(n - 1)
    yield n
print(sum(tree(200)))

# Many live generators at once
gens = [iter(range(i, i + 3)) for i in range(100)]
def merge(gs):
    for g in gs:
        yield from g
print(sum(merge(gens)))
live = [(x for x in range(3)) for _ in range(1000)]
print(sum(next(g) for g in live))
print(sum(sum(g) for g in live))
