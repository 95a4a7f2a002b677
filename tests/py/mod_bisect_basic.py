# bisect: bisect_left/right with lo and hi, on lists and other sequences
import bisect

data = sorted((s * 7919) % 101 for s in range(60))
print(data)
for x in range(-1, 103, 5):
    print(x, bisect.bisect_left(data, x), bisect.bisect_right(data, x), bisect.bisect(data, x),
          bisect.bisect_left(data, x, 10), bisect.bisect_right(data, x, 5, 40), bisect.bisect(data, x, hi=20))
print(bisect.bisect_left((1, 2, 2, 3), 2), bisect.bisect_right((1, 2, 2, 3), 2), bisect.bisect('abcde', 'c'),
      bisect.bisect_left(range(0, 100, 3), 50), bisect.bisect_right([], 1), bisect.bisect_left([1, 2], 1, hi=-1))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
for args in [([1, 2], 1, -1), (5, 1), ([1, 2], 1, 0, 10), ([1, 'a'], 2)]:
    try:
        print(bisect.bisect(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
