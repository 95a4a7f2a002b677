# heapq: merge of sorted inputs, a generator (stable, with key and reverse)
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 2, 0], reverse=True)), list(heapq.merge()), list(heapq.merge([1, 2])))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b'), (2, 'b')], key=lambda p: p[0])))
print(list(heapq.merge(iter([1, 4, 9]), (x * x for x in range(4)))))
m = heapq.merge([1], [2])
print(type(m).__name__, next(m), next(m), next(m, 'done'))
print(list(heapq.merge('ace', 'bdf')), list(heapq.merge([3, 2, 1], [], [4], reverse=True, key=abs)))
