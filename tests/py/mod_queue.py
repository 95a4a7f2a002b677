import queue

print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue[int], queue.SimpleQueue[str])
print(sorted(queue.__all__), repr(queue.Empty()), queue.Empty.__doc__, queue.Full.__doc__)
print(issubclass(queue.Empty, Exception), issubclass(queue.LifoQueue, queue.Queue))

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    print(cls.__name__, q.maxsize, q.empty(), q.full(), q.qsize())
    for x in [5, 1, 4, 2, 3]:
        q.put(x)
    q.put_nowait(0)
    print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
    print([q.get() for _ in range(3)], q.get_nowait(), q.get(False), q.get(True, 1))
    print(q.empty(), q.unfinished_tasks)
    try:
        q.get_nowait()
    except queue.Empty as e:
        print('Empty', repr(e))
    try:
        q.get(block=False)
    except queue.Empty:
        print('Empty again')
    try:
        q.get(timeout=0)
    except queue.Empty:
        print('Empty after timeout 0')
    for _ in range(6):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)
    q.join()
    print('joined')

q = queue.Queue(2)
q.put('a')
q.put('b', timeout=5)
print(q.full(), q.qsize())
try:
    q.put_nowait('c')
except queue.Full as e:
    print('Full', repr(e))
try:
    q.put('c', False)
except queue.Full:
    print('Full again')
try:
    q.put('c', timeout=0.01)
except queue.Full:
    print('Full after timeout')
for bad in (lambda: q.put('c', timeout=-1), lambda: q.get(timeout=-1),
            lambda: queue.SimpleQueue().get(timeout=-1)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(q.get(), q.get(), q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')

pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A')]:
    pq.put(item)
print([pq.get() for _ in range(4)])

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=1)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
try:
    sq.get_nowait()
except queue.Empty as e:
    print('Empty', type(e).__module__)
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')

class Stack(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _get(self):
        return self.queue.pop()
s = Stack()
s.put(1)
s.put(2)
print(s.get(), s.get(), s.queue)
