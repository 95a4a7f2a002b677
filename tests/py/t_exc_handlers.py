# exception flow: raising in handlers, handler selection by base class, raising a class, nested try, retry loops.
def handler_raises():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from handler")
    finally:
        print("  finally after handler raised")
try:
    handler_raises()
except ValueError as e:
    print("caught:", e, "| context:", repr(e.__context__))
for exc in [ValueError, KeyError, IndexError, ZeroDivisionError, Exception]:
    try:
        raise exc("msg")
    except LookupError as e:
        print(exc.__name__, "-> LookupError branch", repr(e))
    except ArithmeticError:
        print(exc.__name__, "-> ArithmeticError branch")
    except Exception as e:
        print(exc.__name__, "-> Exception branch", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, str(e) == "")
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except KeyError:
    print("outer got KeyError")
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("count", count)
