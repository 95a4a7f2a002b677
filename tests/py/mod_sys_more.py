import sys
print(sys.float_repr_style, sys.is_finalizing(), sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
for bad in (0, -1, "x"):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(sys.exec_prefix), type(sys.base_prefix), sys.exec_prefix == sys.prefix)
class A:
    def __del__(self):
