# What an except* statement raises: re-raised parts keep the original structure, new
# exceptions join a new group with them (CPython's PREP_RERAISE_STAR).
import sys

def describe(e, indent="  "):
    print(indent + repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
    if isinstance(e, BaseExceptionGroup):
        for sub in e.exceptions:
            describe(sub, indent + "  ")

def run(label, f):
    print(label)
    try:
        f()
        print("  no exception")
    except BaseException as e:
        describe(e)

def bare_reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
run("bare raise in both handlers", bare_reraise_all)

def bare_reraise_one():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError:
        raise
    except* TypeError:
        pass
run("bare raise keeps structure", bare_reraise_one)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
run("new exception from a handler", raise_new)

def raise_new_all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("only one")
run("new exception, nothing else left", raise_new_all_handled)

def raise_named():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
run("raise e (a new raise)", raise_named)

def raise_from():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("k") from e
    except* TypeError as e:
        raise OSError("o") from None
run("raise ... from", raise_from)

def two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("r1")
    except* TypeError:
        raise RuntimeError("r2")
    except* KeyError:
        raise
run("two new plus a re-raise", two_new)

def handler_raises_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("new", [IndexError(9)])
run("handler raises a group", handler_raises_group)

def raise_in_nested_try():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise
run("handled inside handler, then raise", raise_in_nested_try)

def nested_star():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup("inner", [OSError(3)])
            except* OSError:
                raise
    except* OSError as e:
        print("  outer got", repr(e))
    except* TypeError as e:
        print("  outer got", repr(e))
run("nested except*", nested_star)

def finally_runs():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            raise TypeError("t")
        finally:
            print("  finally, exc_info:", repr(sys.exc_info()[1]))
    except ExceptionGroup as e:
        describe(e)
run("finally after a raising handler", finally_runs)

def assert_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        assert False, "nope"
run("assert in handler", assert_in_handler)

def attribute_error_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        None.foo
    except* TypeError:
        1 / 0
run("errors in two handlers", attribute_error_in_handler)

def notes_kept():
    try:
        eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        eg.add_note("original note")
        raise eg
    except* ValueError:
        pass
run("notes on the rest", notes_kept)
try:
    notes_kept()
except ExceptionGroup as e:
    print("  notes:", e.__notes__)
