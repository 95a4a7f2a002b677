# assert: passing and failing assertions, messages of any type, AssertionError args, evaluation of the message only on failure.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args, str(e) == "")
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("msg:", e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("list msg:", e, e.args)
try:
    assert None, 42
except AssertionError as e:
    print("int msg:", repr(e), e.args[0] + 1)
def expensive():
    print("  message evaluated")
    return "lazy message"
assert True, expensive()
try:
    assert 0, expensive()
except AssertionError as e:
    print("lazy:", e)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
for v in [3, "s", 2.5]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
x = 5
assert x, "x is truthy"
print("truthy assertion passed")
try:
    assert x < 0, x
except AssertionError as e:
    print(repr(e))
print(issubclass(AssertionError, Exception), AssertionError.__mro__[1].__name__, __debug__)
