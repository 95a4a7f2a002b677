def f():
    return not NotImplemented
print(f())
import warnings
warnings.simplefilter("error")
try:
    bool(NotImplemented)
except DeprecationWarning as e:
    print("error:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    bool(NotImplemented)
    print(len(w), w[0].category.__name__, w[0].lineno)
