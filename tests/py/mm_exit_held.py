# When something outside __main__ (here sys) holds a path back to __main__'s dict, its objects
# outlive print(): their finalizers run too late to be seen.
import sys

class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

a = A(1)
sys.keep = A(2)
print("end of program")
