# fractions: construction, arithmetic with ints/floats/complex, comparisons, rounding, reprs
from fractions import Fraction as F
import math

def show(expr):
    try:
        v = eval(expr)
        print(expr, '->', repr(v), type(v).__name__)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)

for e in ["F()", "F(3, 4)", "F(6, -8)", "F(-6, -8)", "F(0, -5)", "F(7)", "F(True)",
          "F(F(1, 3), F(2, 5))", "F(F(1,2))", "F(1.5)", "F(0.1)", "F(-2.75)", "F('3/4')", "F(' -3/4 ')",
          "F('1.25')", "F('-1e3')", "F('1e-3')", "F('1_000.5')", "F('.5')", "F('5.')", "F('+7')",
          "F('3/0')", "F('abc')", "F('1/2/3')", "F('1 /2')", "F(1, 0)", "F(0, 0)", "F(1.5, 2)",
          "F([1])", "F(float('nan'))", "F(float('inf'))", "F('1.5E+2')", "F('2e2/3')",
          "F(3, 4) + F(1, 4)", "F(3, 4) + 1", "1 + F(3, 4)", "F(3, 4) + 0.25", "0.25 + F(3, 4)",
          "F(1, 2) + 1j", "1j + F(1,2)", "F(3, 4) - F(5, 4)", "2 - F(1, 3)", "F(2, 3) * F(3, 4)",
          "F(2, 3) * 3", "3 * F(2,3)", "F(2, 3) * 1.5", "F(2, 3) / F(4, 9)", "F(2, 3) / 2", "2 / F(2, 3)",
          "F(3,2)/0", "F(3,2)/F(0)", "1 / F(0)", "F(7, 2) // 2", "F(-7, 2) // 2", "7 // F(2, 3)", "F(7, 2) // 1.5",
          "F(7, 2) % 2", "F(-7, 2) % F(2, 3)", "7 % F(2, 3)", "F(7, 2) % 1.5", "divmod(F(7, 2), F(2, 3))",
          "divmod(7, F(2, 3))", "divmod(F(7, 2), 1.5)", "divmod(F(3,2), 0)",
          "F(2, 3) ** 2", "F(2, 3) ** -2", "F(-2, 3) ** -3", "F(2, 3) ** 0", "F(0) ** -1", "F(4) ** F(1, 2)",
          "F(4, 9) ** 0.5", "2 ** F(3)", "2 ** F(-3)", "2 ** F(1, 2)", "F(1,2) ** F(2)", "2.0 ** F(1, 2)",
          "F(-8) ** F(1, 3)", "(-8) ** F(1, 3)", "F(2) ** (1+0j)",
          "-F(3, 4)", "+F(3, 4)", "abs(F(-3, 4))", "int(F(-7, 2))", "int(F(7, 2))", "float(F(1, 3))",
          "complex(F(1, 2))", "bool(F(0))", "bool(F(1, 9))",
          "math.floor(F(-7, 2))", "math.ceil(F(-7, 2))", "math.trunc(F(-7, 2))", "math.trunc(F(7, 2))",
          "round(F(5, 2))", "round(F(7, 2))", "round(F(-5, 2))", "round(F(1, 3))", "round(F(2, 3))",
          "round(F(22, 7), 2)", "round(F(22, 7), 0)", "round(F(1234, 1), -2)", "round(F(1250), -2)",
          "F(1, 2) == 0.5", "F(1, 3) == 1/3", "F(2) == 2", "F(1,2) == F(2,4)", "F(1, 2) == 1+0j",
          "F(1,2) == float('nan')", "F(1,2) < float('inf')", "F(1, 2) < 1", "F(1, 2) > F(1, 3)",
          "F(1, 2) <= 0.5", "F(1, 2) >= 0.6", "2 > F(3, 2)", "0.3 < F(1, 3)", "F(1, 2) == 'x'",
          "F(1, 2) < 'x'", "sorted([F(1, 2), 0.25, 1, F(1, 3)])", "max(F(1,2), F(2,3))",
          "hash(F(1, 2)) == hash(0.5)", "hash(F(5)) == hash(5)", "hash(F(-1))", "hash(F(1, 3))",
          "hash(F(-1, 3))", "hash(F(1, 2**61 - 1))", "hash(F(-5, 2**61-1))", "hash(F(10**30, 7))",
          "{F(1, 2): 'a'}[0.5]", "F(3, 4).numerator", "F(3, 4).denominator", "F(-3, 4).as_integer_ratio()",
          "F.from_float(0.1)", "F.from_float(3)", "F.from_float('x')", "F(3.141592653589793).limit_denominator(10)",
          "F(3.141592653589793).limit_denominator(100)", "F(3.141592653589793).limit_denominator()",
          "F(1, 3).limit_denominator(0)", "F(1, 3).limit_denominator(5)", "F('0.333').limit_denominator(10)",
          "F(-13, 17).limit_denominator(3)", "F(3, 4).real", "F(3, 4).imag", "F(3, 4).conjugate()",
          "str(F(3, 4))", "str(F(-3, 4))", "str(F(8, 4))", "'%s' % F(1, 3)", "f'{F(1, 3)}'", "format(F(1,3))",
          "sum([F(1, 3)] * 3)", "F(10**20, 3) * 3", "F(1, 10**20) + F(1, 10**20)"]:
    show(e)

class MyF(F):
    pass
m = MyF(3, 4)
print(repr(m), type(m + 1).__name__, repr(+m), type(+m).__name__)
import copy
print(copy.copy(F(1, 2)), copy.deepcopy(F(1, 2)))
print(isinstance(F(1, 2), F), F(1, 2).__class__.__name__)
try:
    F(1, 2).x = 3
except AttributeError as e:
    print('AttributeError', e)
