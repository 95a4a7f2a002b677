# raising an exception class without arguments: the last stderr line is just the class name.
class Halt(Exception):
    pass
try:
    raise Halt
except Halt as e:
    print("handled", repr(e), e.args)
print("raising uncaught")
raise NotImplementedError
