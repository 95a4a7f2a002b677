# try/except/else/finally combinations: the path taken for normal, handled, tuple-handled and escaping exceptions.
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
