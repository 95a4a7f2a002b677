# An exception raised while a dropped generator is closed is reported, not raised.
import sys

def bad():
    try:
        yield 1
    finally:
        print("finally runs, then raises")
        raise KeyError("from finally")

g = bad()
next(g)
del g
print("the program goes on")

def ignores():
    try:
        yield
    except GeneratorExit:
        yield "nope"
g = ignores()
next(g)
g = None
print("still going")
sys.stdout.flush()
# End with a failure status without a traceback: the last stderr line is the one above.
sys.exit(3)
