# id() and interning: ids equal for the same object, small int cache, identifier-like string constants, runtime strings, sys.intern.
import sys
a = [1]
b = a
print(id(a) == id(b), a is b, id(a) == id([1]), id(a) != id(a[:]))
n1, n2 = 100, 100
print("literal 100 shared:", n1 is n2)
k = 128
print("computed 256 cached:", (k * 2) is (k + 128), "computed 257 not cached:", (k * 2 + 1) is (k + 129))
print("computed -5 cached:", (k - 133) is (k - 133), "computed -6 not cached:", (k - 134) is (k - 134))
cached = [v for v in range(-10, 270) if (v + k - k) is (v * 1 + 0)]
print("cached range:", cached[0], cached[-1], len(cached))
s1 = "hello_world"
s2 = "hello_world"
print("identifier-like constants:", s1 is s2)
s3 = "hello world!"
s4 = "hello world!"
print("same constant in one code object:", s3 is s4)
r1 = "".join(["hello", "_world"])
print("runtime join equal but not identical:", r1 == s1, r1 is s1)
r2 = sys.intern(r1)
print("interned runtime string is the constant:", r2 is s1)
x = "dyn" + str(len(a))
y = "dyn" + str(len(a))
print("runtime concatenations:", x == y, x is y, sys.intern(x) is sys.intern(y))
i, abc = 0, "".join(["a", "bc"])
print("runtime single latin-1 chars cached:", chr(97) is abc[i], abc[i:i + 1] is chr(97), "".join([abc]) is abc, abc[:] is abc)
es, et, eb = "", (), b""
print("empty string/tuple/bytes singletons:", abc[3:] is es, tuple([]) is et, b"x"[1:] is eb, str() is es)
print("None/True/False:", id(None) == id(None), id(True) == id(bool(1)), id(False) == id(not 1))
t1 = (1, 2)
t2 = t1
t1 = t1 + (3,)
print("tuple + makes new object:", t1 is t2, t2)
def get_const():
    return "constant_string"
print("function returns the same constant:", get_const() is get_const())
class K: pass
o = K()
ids = {id(o)}
o.v = 1
ids.add(id(o))
print("id stable across mutation:", len(ids))
vname = "v"
print("attribute names interned:", list(vars(o))[0] is vname, sys.intern("v") is vname)
print(type(id(a)).__name__, id(a) > 0, id(None) == id(type(None)()))
def ident_const():
    return "hello_world"
def non_ident_const():
    return "hello world!"
print("identifier-like constant shared across code objects:", ident_const() is s1, "non-identifier constant merged within one compiled module:", non_ident_const() is s3)
