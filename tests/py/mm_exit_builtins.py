# What a program stores in builtins dies when builtins get their start-up contents back:
# after __main__'s garbage, while print() still works.
import builtins

class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

builtins.kept = A("in builtins")
local = A("in __main__")
print(kept.n)
print("end of program")
