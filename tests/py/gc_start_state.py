# When does the first automatic collection come?  As under CPython, after about 400 new
# objects: start-up leaves the collector in the state CPython's start-up leaves it (gc.c).
import gc
events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info["generation"])) if phase == "start" else None)
class Node:
    def __init__(self, i):
        self.i = i
        self.me = self
made = 0
while not events:
    Node(made)
    made += 1
print("first automatic collection after about", made // 100 * 100, "cycles; generation", events[0][1])
for i in range(3000):
    Node(i)
print(sorted(set(events)), len(events))
