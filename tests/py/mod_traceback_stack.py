# Stacks of live frames: extract_stack, format_stack, print_stack, walk_stack, FrameSummary.
import sys
import traceback

class Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))
out = Out()

def show():
    for line in traceback.format_stack():
        out.write(line)
    summary = traceback.extract_stack()
    print([fs.name for fs in summary][-3:], summary[-1].line)
    print(len(traceback.extract_stack(limit=2)))

def caller():
    show()

caller()

def level3():
    traceback.print_stack(file=out)
    traceback.print_stack(file=out, limit=1)
    f = sys._getframe()
    print([fr.f_code.co_name for fr, lineno in traceback.walk_stack(f)][:3])

def level2():
    level3()

level2()

fs = traceback.FrameSummary("somefile.py", 12, "func", line="  x = 1  ")
print(fs.line, repr(fs._line), fs.lineno, list(fs))
print(repr(fs))
print(traceback.format_list([fs, ("other.py", 3, "g", "return y")]))
traceback.print_list([("a.py", 1, "<module>", "import b")], file=out)
lookup = traceback.FrameSummary(__file__, 1, "<module>")
print(lookup.line)
print(traceback.FrameSummary("nowhere.py", 5, "f").line == "")

try:
    def gen():
        yield 1
        raise LookupError("in generator")
    list(gen())
except LookupError as e:
    for frame, lineno in traceback.walk_tb(e.__traceback__):
        print(frame.f_code.co_name, lineno)
    out.write("".join(traceback.format_tb(e.__traceback__)))
    traceback.clear_frames(e.__traceback__)

summary = traceback.StackSummary.from_list([("x.py", 1, "f", "pass")])
print(type(summary).__name__, summary[0].name, summary.format())
