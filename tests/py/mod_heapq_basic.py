# heapq: the heap after every operation is exactly CPython's list
import heapq

data = [(s * 7919) % 100 for s in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(40)])
print(h)
h2 = list(data)
heapq.heapify(h2)
print(h2)
print(heapq.heapreplace(h2, 50), heapq.heappushpop(h2, 3), heapq.heappushpop(h2, 99), h2[:25])
tasks = []
for pri, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship'), (2, 'test')]:
    heapq.heappush(tasks, (pri, name))
print(tasks, [heapq.heappop(tasks) for _ in range(len(tasks))])
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
                (heapq.heapify, ((),)), (heapq.heappushpop, ([], 5)), (heapq.heappush, ([1, 'a'], 2)),
                (heapq.heappop, ((),))]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
mh = data[:30]
heapq._heapify_max(mh)
print(mh, heapq._heappop_max(mh), heapq._heapreplace_max(mh, 42), mh)
