# logging: hierarchy, levels, handlers, filters, formatters and styles,
# lastResort, exceptions, basicConfig.  All output goes to StringIO or stdout.
import io
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(15),
      logging.getLevelName("NOPE"), logging.WARN, logging.FATAL)
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), logging.getLevelName("VERBOSE"))

root = logging.getLogger()
print(root, root is logging.root, logging.getLogger("root") is root, root.name)
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
ab = logging.getLogger("a.b")
print(a, abc, abc.parent is ab, ab.parent is a, a.parent is root)
print(logging.getLogger("a") is a, a.getChild("b") is ab, root.getChild("x").name)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.INFO), abc.isEnabledFor(40))
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc, abc.isEnabledFor(logging.INFO))
a.setLevel("INFO")
print(a.level, abc.isEnabledFor(logging.DEBUG))
for bad in ["NOPE", 1.5, None]:
    try:
        a.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError", e)

# lastResort: no handlers anywhere -> bare message on sys.stderr, WARNING and up
err = io.StringIO()
sys.stderr, saved = err, sys.stderr
logging.getLogger("quiet").info("not shown")
logging.getLogger("quiet").warning("last %s", "resort")
logging.getLogger("quiet").error("err")
sys.stderr = saved
print(repr(err.getvalue()))

buf = io.StringIO()
h = logging.StreamHandler(buf)
print(h, h.level, h.formatter)
a.addHandler(h)
a.addHandler(h)
print(len(a.handlers), a.hasHandlers(), abc.hasHandlers(), logging.getLogger("zz").hasHandlers())
abc.info("hello %s and %d", "world", 42)
abc.debug("hidden")
ab.warning("dict %(x)s", {"x": 1})
a.log(25, "custom level")
a.log(logging.INFO, "pct literal 100%")
print(repr(buf.getvalue()))
try:
    a.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)

fmt = logging.Formatter("%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(module)s|%(filename)s")
h.setFormatter(fmt)
buf.seek(0)
buf.truncate()


def f():
    abc.error("in f")


f()
abc.critical("crit")
abc.fatal("fatal")
print(buf.getvalue(), end="")

# lineno
buf.seek(0)
buf.truncate()
h.setFormatter(logging.Formatter("%(lineno)d:%(message)s"))
abc.info("line")
print(buf.getvalue(), end="")

# propagation
buf2 = io.StringIO()
h2 = logging.StreamHandler(buf2)
h2.setFormatter(logging.Formatter("H2 %(name)s %(levelname)s %(message)s"))
ab.addHandler(h2)
buf.seek(0)
buf.truncate()
abc.warning("both")
ab.propagate = False
abc.warning("only h2")
ab.propagate = True
h2.setLevel(logging.ERROR)
abc.warning("only h1")
print(repr(buf.getvalue()), repr(buf2.getvalue()), h2)
ab.removeHandler(h2)
ab.removeHandler(h2)

# filters
buf.seek(0)
buf.truncate()
h.setFormatter(logging.Formatter("%(name)s:%(message)s"))
flt = logging.Filter("a.b")
h.addFilter(flt)
a.info("from a")
ab.info("from a.b")
abc.info("from a.b.c")
logging.getLogger("a.bc").info("from a.bc")
h.removeFilter(flt)
a.addFilter(lambda r: "secret" not in r.getMessage())
a.info("secret stuff")
a.info("public stuff")
a.filters.clear()


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True


h.addFilter(Upper())
a.info("shout")
h.filters.clear()
print(buf.getvalue(), end="")
print(logging.Filter("a").filter(logging.makeLogRecord({"name": "ab"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "x"})))

# styles and formatter errors
rec = logging.makeLogRecord({"name": "n", "levelname": "INFO", "msg": "m %s", "args": ("x",),
                             "created": 0.0, "msecs": 0.0, "levelno": 20})
for args in [("{levelname}:{name}:{message}", None, "{"), ("${levelname}-$name-${message}", None, "$"),
             ("%(levelname)-8s|%(message)s",), ("[%(custom)s] %(message)s", None, "%"),
             ("{custom} {message}", None, "{")]:
    fm = logging.Formatter(*args, defaults={"custom": "dflt"})
    print(fm.format(rec))
for args in [("no fields",), ("no fields", None, "{"), ("no fields $", None, "$"), ("x", None, "#"),
             ("{a!z}", None, "{")]:
    try:
        logging.Formatter(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    logging.Formatter("%(nope)s").format(rec)
except ValueError as e:
    print("ValueError", e)
print(logging.Formatter().format(rec), logging.Formatter(validate=False)._fmt)
import time
tf = logging.Formatter("%(asctime)s %(message)s")
tf.converter = time.gmtime
print(tf.format(rec), tf.usesTime())
tf = logging.Formatter("%(asctime)s %(message)s", datefmt="%Y/%m/%d")
tf.converter = time.gmtime
print(tf.format(rec))
print(logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime(),
      logging.Formatter("%(message)s").usesTime())
print(rec, rec.getMessage())
print(sorted(k for k in vars(logging.LogRecord("n", 10, "/p/f.py", 3, "m", (), None))
             if not k.startswith("_")))

# exception info
buf.seek(0)
buf.truncate()
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
try:
    1 / 0
except ZeroDivisionError:
    a.exception("boom %d", 1)
try:
    {}["k"]
except KeyError as e:
    a.error("caught", exc_info=e)
    a.warning("no info", exc_info=False)
out = buf.getvalue()
print(out.replace('File "' + __file__ + '"', 'File "HERE"').count("Traceback"))
for line in out.splitlines():
    if not line.startswith("  "):
        print(line)

# extra and stack_info
buf.seek(0)
buf.truncate()
h.setFormatter(logging.Formatter("%(message)s %(user)s"))
a.info("extra", extra={"user": "bob"})
try:
    a.info("bad", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
print(buf.getvalue(), end="")

# handler base errors and NullHandler
print(logging.Handler(), logging.NullHandler(), logging.Handler(logging.ERROR))
try:
    logging.Handler().emit(rec)
except NotImplementedError as e:
    print("NotImplementedError", e)
n = logging.getLogger("nulled")
n.addHandler(logging.NullHandler())
err = io.StringIO()
sys.stderr = err
n.error("swallowed")
sys.stderr = saved
print(repr(err.getvalue()))

# disable
logging.disable(logging.WARNING)
buf.seek(0)
buf.truncate()
h.setFormatter(logging.Formatter("%(message)s"))
a.warning("disabled")
a.error("enabled")
logging.disable(logging.NOTSET)
a.warning("back")
print(repr(buf.getvalue()))

# LoggerAdapter
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs


ad = Ctx(a, {"id": 7})
buf.seek(0)
buf.truncate()
ad.info("adapted")
ad.debug("hidden")
print(repr(buf.getvalue()), ad, ad.name, ad.isEnabledFor(logging.INFO))
a.removeHandler(h)
print(a.handlers)
