# An exception in a finalizer at exit is reported ("Exception ignored in") without source lines:
# they cannot be read once the modules are gone.
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        raise ValueError(self.n)

a = A(1)
b = A(2)
print("end of program")
