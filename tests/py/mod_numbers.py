import numbers
from fractions import Fraction
for c in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(c.__name__, [k.__name__ for k in c.__mro__], sorted(c.__abstractmethods__))
for v in [1, True, 1.5, 2j, Fraction(1, 3), "x", None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(Fraction.__mro__)
print(numbers.__all__, numbers.Number.__hash__)
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print(str(e)[:60])
print(numbers.Integral.numerator.fget(5), numbers.Integral.denominator.fget(5))
print(numbers.Real.__divmod__(7.5, 2), numbers.Complex.__sub__(5, 3))
