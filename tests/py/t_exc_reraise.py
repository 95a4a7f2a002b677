# re-raising: bare raise in handlers, raise of a stored exception, raise in nested functions, RuntimeError for bare raise outside.
def inner():
    raise KeyError("deep")
def middle():
    try:
        inner()
    except KeyError:
        print("  middle saw it, re-raising")
        raise
try:
    middle()
except KeyError as e:
    print("outer caught", repr(e))
def reraise_after_other():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError:
            pass
        raise
try:
    reraise_after_other()
except Exception as e:
    print("bare raise re-raises:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
saved = None
try:
    1 / 0
except ZeroDivisionError as e:
    saved = e
print("saved:", repr(saved), saved.__traceback__ is not None)
try:
    raise saved
except ZeroDivisionError as e:
    print("raised saved:", e is saved)
def helper():
    raise
try:
    try:
        raise IndexError("in flight")
    except IndexError:
        helper()
except IndexError as e:
    print("helper bare raise:", repr(e))
def convert():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError(f"conversion failed: {e}")
try:
    convert()
except RuntimeError as e:
    print(e, "| context type:", type(e.__context__).__name__)
for i in range(3):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            if i == 1:
                raise
            print("swallowed", i)
    except ValueError as e:
        print("escaped", e)
e1 = ValueError("reused")
for attempt in range(2):
    try:
        raise e1
    except ValueError as e:
        print("attempt", attempt, e is e1)
