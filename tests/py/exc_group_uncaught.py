# An except* statement whose handlers raise: the result propagates through two frames and is
# printed by the interpreter (the last stderr line is compared; the whole report is CPython's).
def inner():
    try:
        raise ExceptionGroup("work", [ValueError("bad value"), TypeError("bad type"),
                                      ExceptionGroup("io", [OSError("disk"), KeyError("k")])])
    except* ValueError as e:
        print("handling", repr(e))
        raise RuntimeError("handler failed")
    except* OSError:
        raise
    except* KeyError:
        pass

def outer():
    try:
        inner()
    finally:
        print("outer finally")

outer()
