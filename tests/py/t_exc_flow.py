# try/except/else/finally in all combinations, printing the path taken for normal, handled and unhandled cases.
def run(kind):
    out = []
    try:
        try:
            out.append("try")
            if kind == "value":
                raise ValueError("v")
            if kind == "type":
                raise TypeError("t")
            if kind == "key":
                {}["k"]
            out.append("try-end")
        except ValueError as e:
            out.append(f"except ValueError({e})")
        except (TypeError, IndexError) as e:
            out.append(f"except tuple {type(e).__name__}")
        else:
            out.append("else")
        finally:
            out.append("finally")
        out.append("after")
    except KeyError as e:
        out.append(f"outer caught {e!r}")
    return out
for k in ["none", "value", "type", "key"]:
    print(k, run(k))
def only_finally():
    try:
        return "from try"
    finally:
        print("  finally runs before return completes")
print(only_finally())
def try_else_raise():
    try:
        pass
    except Exception:
        print("  not reached")
    else:
        raise RuntimeError("raised in else")
    finally:
        print("  finally after else-raise")
try:
    try_else_raise()
except RuntimeError as e:
    print("caught:", e)
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
