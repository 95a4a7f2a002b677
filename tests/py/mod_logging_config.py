# logging: basicConfig (format, level, force, stream, filename, style, errors),
# FileHandler, shutdown, captureWarnings, stack_info, exception tracebacks.
import logging, io, sys


class Out:
    """stdout with this file's path masked, so the output is location-free."""
    name = "<stdout>"

    def write(self, s):
        sys.__stdout__.write(s.replace(__file__, "FILE"))

    def flush(self):
        sys.__stdout__.flush()


sys.stdout = Out()
logging.basicConfig(format="%(levelname)s %(message)s", stream=sys.stdout)
def g():
    return 1 / 0
try:
    g()
except ZeroDivisionError:
    logging.exception("boom")
logging.info("not shown")
logging.warning("shown")
logging.basicConfig(level=logging.DEBUG)
logging.info("still not")
logging.basicConfig(level=logging.DEBUG, force=True, stream=sys.stdout)
logging.debug("now %s", "yes")
print(logging.root.handlers)
logging.basicConfig(force=True, stream=sys.stdout, style="{", format="{name}/{levelname}/{message}")
logging.error("brace")
for kw in [dict(stream=sys.stdout, filename="x"), dict(bogus=1, force=True), dict(force=True, style="?"),
           dict(handlers=[logging.NullHandler()], stream=sys.stdout, force=True)]:
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print("ValueError", e)
import tempfile, os
d = tempfile.mkdtemp()
fn = os.path.join(d, "log.txt")
logging.basicConfig(filename=fn, filemode="w", force=True, format="%(name)s:%(message)s")
logging.warning("to file")
logging.getLogger("x.y").error("also")
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.baseFilename == fn, repr(fh) == "<FileHandler %s (NOTSET)>" % fn, fh.mode)
logging.shutdown()
print(open(fn).read(), end="")
fh2 = logging.FileHandler(fn, delay=True)
print(fh2.stream)
logging.root.handlers.clear()
logging.root.addHandler(fh2)
logging.warning("appended")
fh2.close()
print(open(fn).read(), end="")
os.unlink(fn); os.rmdir(d)
logging.root.handlers.clear()
h = logging.StreamHandler(sys.stdout)
print(h)
logging.root.addHandler(h)
logging.captureWarnings(True)
import warnings
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
h.setFormatter(logging.Formatter("%(message)s"))
logging.getLogger("s").warning("stack", stack_info=True)
logging.getLogger("s").error("bad args %d", "x")
print("end")
