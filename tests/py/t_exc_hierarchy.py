# builtin exception hierarchy: __mro__ chains, isinstance checks, catching via base classes, BaseException vs Exception.
names = lambda c: [k.__name__ for k in c.__mro__]
for exc in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError, NotImplementedError,
            StopIteration, KeyboardInterrupt, SystemExit, GeneratorExit, ModuleNotFoundError, UnboundLocalError, TimeoutError,
            OverflowError, FloatingPointError, AssertionError, AttributeError, TabError, PermissionError, DeprecationWarning, UserWarning]:
    print(names(exc))
print(issubclass(KeyError, LookupError), issubclass(LookupError, Exception), issubclass(SystemExit, Exception), issubclass(Warning, Exception))
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
def catch(exc, base):
    try:
        raise exc
    except base:
        return f"{exc.__name__} caught by {base.__name__}"
    except BaseException:
        return f"{exc.__name__} NOT caught by {base.__name__}"
for exc, base in [(KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError), (SystemExit, Exception),
                  (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException), (UnicodeEncodeError, ValueError), (NameError, Exception),
                  (UnboundLocalError, NameError), (IsADirectoryError, OSError), (StopIteration, Exception), (RuntimeError, NotImplementedError)]:
    print(catch(exc, base))
print(BaseException.__bases__, Exception.__bases__[0].__name__, type(ValueError()).__name__, isinstance(ValueError(), BaseException))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    try:
        pass
    finally:
        pass
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
print(len([c for c in [ArithmeticError, LookupError, OSError] if issubclass(c, Exception)]), [c.__name__ for c in ArithmeticError.__subclasses__()])
