# A naked exception (not a group) raised in the try of an except* statement is wrapped in
# ExceptionGroup("", [exc]) for the handler; unmatched it propagates as it is.
import sys

def run(label, f):
    try:
        r = f()
        print(label, "->", r)
    except BaseException as e:
        print(label, "-> raised", type(e).__name__, repr(e), "| context:", repr(e.__context__))
        if isinstance(e, BaseExceptionGroup):
            print("   leaves:", [repr(x) for x in e.exceptions])

def wrapped():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  handler got", type(e).__name__, repr(e), "message:", repr(e.message))
        print("  leaf is the original:", type(e.exceptions[0]).__name__)
        print("  leaf traceback kept:", e.exceptions[0].__traceback__ is not None)
        print("  group traceback:", e.__traceback__)
    return "after"
run("wrapped", wrapped)

def unmatched():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("  never")
run("unmatched", unmatched)

def base_naked():
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        print("  handler got", type(e).__name__, repr(e))
    return "done"
run("base naked", base_naked)

def bare_raise():
    try:
        raise ValueError("again")
    except* ValueError:
        raise
run("bare raise of a naked one", bare_raise)

def raise_other():
    try:
        raise ValueError("first")
    except* ValueError:
        raise TypeError("second")
run("raise another", raise_other)

def raise_match():
    try:
        raise ValueError("first")
    except* ValueError as e:
        raise e
run("raise the wrapper", raise_match)

def second_handler():
    try:
        raise TypeError("t")
    except* ValueError:
        print("  never")
    except* TypeError as e:
        print("  second handler", repr(e))
    return "handled"
run("second handler", second_handler)

def from_call():
    def inner():
        return 1 / 0
    try:
        inner()
    except* ZeroDivisionError as e:
        r = repr(e)
    return r
run("from a call", from_call)

def exc_info():
    try:
        raise ValueError("v")
    except* ValueError:
        r = repr(sys.exc_info()[1])
    return r, sys.exc_info()
run("exc_info", exc_info)

def with_finally():
    try:
        raise OSError("o")
    except* OSError as e:
        print("  handler", repr(e))
    finally:
        print("  finally")
    return "end"
run("finally", with_finally)

class Custom(Exception):
    pass
def custom():
    try:
        raise Custom("c")
    except* Exception as e:
        r = repr(e)
    return r
run("custom", custom)
