# heapq: nsmallest/nlargest with and without keys, ties kept in input order
import heapq

data = [(s * 7919) % 100 for s in range(200)]
print(heapq.nsmallest(5, data), heapq.nlargest(5, data), heapq.nsmallest(3, data, key=lambda v: -v))
print(heapq.nlargest(0, data), heapq.nlargest(1, data), heapq.nsmallest(1, [], key=abs), heapq.nsmallest(-2, data))
print(heapq.nsmallest(500, data) == sorted(data), heapq.nlargest(500, data) == sorted(data, reverse=True))
pairs = [(x % 7, i) for i, x in enumerate(data)]
print(heapq.nsmallest(10, pairs, key=lambda p: p[0]), heapq.nlargest(10, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(4, 'hello world'), heapq.nlargest(4, iter('hello world')), heapq.nlargest(2, {3: 'a', 9: 'b', 1: 'c'}))
words = ['pear', 'fig', 'apple', 'kiwi', 'banana', 'plum', 'date']
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(2, words, key=None))
print(heapq.nlargest(1, [2, 2.0, 2]), heapq.nsmallest(1, [1.0, 1]))
