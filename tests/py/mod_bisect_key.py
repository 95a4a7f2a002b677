# bisect: the key argument (applied to the elements only) and the calls __lt__ receives
import bisect

recs = sorted([('ann', 31), ('bob', 25), ('cy', 40), ('dee', 25), ('eve', 35)], key=lambda r: r[1])
print(recs)
for age in (20, 25, 30, 35, 40, 45):
    print(age, bisect.bisect_left(recs, age, key=lambda r: r[1]), bisect.bisect_right(recs, age, key=lambda r: r[1]))
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self): return 'K(%d)' % self.v
ks = [K(i) for i in range(0, 20, 2)]
print(bisect.bisect_left(ks, K(7)), calls)
calls.clear()
print(bisect.bisect_right(ks, K(8)), calls)
calls.clear()
bisect.insort(ks, K(9))
print(ks, calls)
words = ['apple', 'fig', 'banana', 'kiwi', 'cherry']
words.sort(key=len)
bisect.insort(words, 'plum', key=len)
bisect.insort_left(words, 'date', key=len)
print(words)
