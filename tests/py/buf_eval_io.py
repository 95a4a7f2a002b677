# eval/exec/compile read source from any buffer; io writes any buffer.
import array, io, os

print(eval(memoryview(b"2+2")))
exec(memoryview(b"print(2)"))
print(eval(array.array("b", b"3*3")), eval(bytearray(b"1+1")), eval(memoryview(b"x5+2")[1:]))
code = compile(memoryview(b"40+2"), "<mv>", "eval")
print(eval(code))
exec(compile(array.array("B", b"y = 6*7"), "<arr>", "exec"))
print(y)

def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: eval(memoryview(b"2+2")[::2]))
err(lambda: eval(5))
err(lambda: exec(memoryview(b"x = (")))

bi = io.BytesIO(array.array("h", [1, 2]))
print(bi.getvalue())
bi = io.BytesIO()
print(bi.write(array.array("h", [1, 2])), bi.write(memoryview(b"xy")), bi.write(bytearray(b"z")))
print(bi.getvalue())
err(lambda: bi.write(memoryview(b"abcd")[::2]))
err(lambda: io.BytesIO(memoryview(b"abcd")[::2]))
err(lambda: bi.write("text"))

p = "/tmp/buf_eval_io_%d.tmp" % os.getpid()
with open(p, "wb") as f:
    print(f.write(array.array("h", [1, 2])), f.write(memoryview(b"ab")), f.write(memoryview(b"ab")[::-1][::-1]))
    err(lambda: f.write(memoryview(b"abcd")[::2]))
with open(p, "rb") as f:
    print(f.read())
os.remove(p)
