# tuple methods and operations: count/index, concatenation, repetition, comparison, hashing, immutability, repr.
t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3)
print(len(t), t.count(1), t.count(5), t.count(7), t.index(4), t.index(5), t.index(5, 5), t.index(3, 1, 10), t[2:5], t[::-1], t[::3])
print((1, 2) + (3,), (1,) * 3, 2 * (0, 1), () * 5, (1, 2) * 0, tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 3), () < (0,), (2,) > (1, 9), (1, "a") < (1, "b"), (1, 2) == [1, 2])
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): "pt"}[(1, 2)])
print(hash((1, 2)), hash(()), hash((1,)), hash(("a",)) == hash(("a",)), hash((1, 2.0)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError:", e)
for bad in [lambda: t.index(7), lambda: t[10], lambda: (1,) + [2], lambda: t.count()]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
inner = [1]
tt = (inner, 2)
inner.append(3)
print(tt, repr(()), repr((1,)), repr((1, 2)), str(("a", "b")), ((),), (((1,),),))
u = (1, 2)
v = u
u += (3,)
print(u, v, u is v)
print(max((3, 1, 2)), min(("b", "a")), sum((1, 2, 3)), sorted((3, 1)), 2 in (1, 2), (1, 2) in [(1, 2)], tuple(reversed((1, 2, 3))))
print(tuple([x * x for x in (1, 2, 3)]), (1, 2, 3)[-1], divmod(7, 2)[0], type((1,)[0:0]).__name__)
