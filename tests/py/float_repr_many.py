# repr(float) over 40,000 values spread across the whole exponent range: the shortest text that
# reads back as the same double, exactly as CPython chooses it (digest printed, plus samples).
import random
random.seed(7)
vals = [2.0 ** -44, 0.1, 1 / 3, 1e16, 9.999999999999999e22, 5e-324, 1.7976931348623157e308]
for i in range(20000):
    vals.append(random.random() * 10 ** random.randint(-300, 300))
    vals.append(2.0 ** random.randint(-1070, 1020))
text = "\n".join([repr(v) for v in vals])
print(len(vals), len(text), hash(text))
print(vals[:7])
print(all([float(repr(v)) == v for v in vals]))
