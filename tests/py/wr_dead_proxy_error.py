# Using a proxy whose referent died ends the program with ReferenceError.
import weakref


class Box:
    value = 1


box = Box()
p = weakref.proxy(box)
print(p.value)
del box
print("about to use the dead proxy")
print(p.value)
