# numeric builtins: abs, divmod, pow, round, sum with start, any/all, bool/int/float on mixed arguments.
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30), type(abs(-1.0)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 3.0), divmod(10 ** 20, 7), divmod(True, 1))
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(9, 0.5), pow(7, 2, 5), pow(-2, 3), pow(0, 0), pow(base=3, exp=2), pow(3, 2, mod=4))
print(round(2.567, 2), round(-2.5), round(17, -1), round(0.5 + 1e-9), round(1e15 + 0.5))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 3), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([]), sum([], 5), sum(range(5), start=100))
print(sum([1, 2.5]), sum([True, True]), sum([1j, 2]), sum([10 ** 20, 1]), sum(iter([4, 5])), sum({1: "a", 2: "b"}))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all([1, 0]), any("abc"), all(""), any([[]]), all([[]]))
def t(x):
    print("  check", x)
    return x
print(any(map(t, [0, 2, 3])), all(map(t, [1, 0, 5])))
print(int(True) + int("7") + int(2.9), float("1.5") + float(1), bool([0]) + bool(""), complex(1, 1) * 2)
print(max(1, 2.0), min(-1, -1.0), hex(255), oct(-8), bin(3), chr(65) + chr(0x263A), ord("Z"), len(str(2 ** 100)))
for bad in [lambda: abs("1"), lambda: divmod(1, "2"), lambda: pow("2", 2), lambda: round(None), lambda: any(5), lambda: pow(2, 0.5, 3), lambda: divmod(1j, 1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
