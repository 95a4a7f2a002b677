# timedelta: normalisation, float rounding, arithmetic, comparisons, repr/str
from datetime import timedelta

def show(expr):
    try:
        v = eval(expr)
        print(expr, '->', repr(v), '|', str(v))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)

for e in ["timedelta()", "timedelta(1)", "timedelta(days=1, seconds=5)", "timedelta(seconds=-1)",
          "timedelta(microseconds=-1)", "timedelta(hours=25)", "timedelta(weeks=2, days=-3)",
          "timedelta(minutes=90, milliseconds=1500)", "timedelta(days=-1.5)", "timedelta(seconds=0.5)",
          "timedelta(microseconds=0.5)", "timedelta(microseconds=1.5)", "timedelta(microseconds=2.5)",
          "timedelta(microseconds=-0.5)", "timedelta(microseconds=-1.5)", "timedelta(seconds=1e-6 * 3.5)",
          "timedelta(days=0.1, hours=0.1, minutes=0.1, seconds=0.1, milliseconds=0.1, microseconds=0.1, weeks=0.1)",
          "timedelta(days=1/3)", "timedelta(seconds=123456789.123456789)", "timedelta(days=-2, seconds=3, microseconds=-4)",
          "timedelta(True, False)", "timedelta(days=999999999)", "timedelta(days=-999999999)",
          "timedelta(days=999999999, hours=24)", "timedelta(days=-999999999, microseconds=-1)",
          "timedelta('1')", "timedelta(seconds=[1])", "timedelta(days=10**12)",
          "timedelta.min", "timedelta.max", "timedelta.resolution", "-timedelta.max", "timedelta.max.total_seconds()",
          "timedelta(days=1, seconds=2, microseconds=3) + timedelta(hours=-30)", "timedelta(1) - timedelta(seconds=1)",
          "timedelta(hours=1) * 3", "2 * timedelta(hours=1, microseconds=1)", "timedelta(seconds=1) * 0.5",
          "timedelta(microseconds=1) * 0.5", "timedelta(microseconds=3) * 0.5", "0.1 * timedelta(days=1)",
          "timedelta(days=1) / 3", "timedelta(microseconds=5) / 2", "timedelta(microseconds=7) / 2", "timedelta(microseconds=-5) / 2",
          "timedelta(days=1) / 2.5", "timedelta(days=1) / timedelta(hours=5)", "timedelta(days=1) // timedelta(hours=5)",
          "timedelta(days=1) // 7", "timedelta(days=-1) // 7", "timedelta(days=1) % timedelta(hours=5)",
          "timedelta(days=-1) % timedelta(hours=5)", "divmod(timedelta(days=1), timedelta(hours=5))",
          "divmod(timedelta(days=-1), timedelta(hours=-5))", "-timedelta(hours=1)", "+timedelta(hours=1)",
          "abs(timedelta(hours=-1))", "abs(timedelta(hours=1))", "timedelta(1) / 0", "timedelta(1) // 0",
          "timedelta(1) / timedelta(0)", "timedelta(1) // timedelta(0)", "timedelta(1) * float('nan')",
          "timedelta(1) * float('inf')", "timedelta.max * 2", "timedelta.min // -1",
          "timedelta(hours=1) == timedelta(minutes=60)", "timedelta(1) != timedelta(2)", "timedelta(1) < timedelta(2)",
          "timedelta(1) <= timedelta(1)", "timedelta(-1) > timedelta(0)", "timedelta(1) >= timedelta(0, 86400)",
          "timedelta(1) == 1", "timedelta(0) == 0", "timedelta(1) != 'x'", "bool(timedelta(0))", "bool(timedelta(microseconds=1))",
          "hash(timedelta(1)) == hash(timedelta(hours=24))", "timedelta(hours=36).total_seconds()",
          "timedelta(microseconds=-1).total_seconds()", "timedelta(days=1, microseconds=1).total_seconds()",
          "timedelta(1).days, timedelta(1).seconds, timedelta(1).microseconds",
          "timedelta(days=-1, seconds=1).days, timedelta(days=-1, seconds=1).seconds",
          "sorted([timedelta(3), timedelta(-1), timedelta(seconds=1)])", "sum([timedelta(1), timedelta(2)], timedelta())",
          "max(timedelta(1), timedelta(hours=30))", "{timedelta(1): 'a'}[timedelta(hours=24)]",
          "str(timedelta(days=-1, seconds=86399))", "str(timedelta(days=2, microseconds=5))", "str(timedelta(days=-3))",
          "str(timedelta(hours=10, minutes=5, seconds=3, microseconds=30))",
          "repr(timedelta(microseconds=999999))", "repr(timedelta(seconds=59.9999999))"]:
    show(e)

class TD(timedelta):
    pass
t = TD(hours=5)
print(type(t).__name__, repr(t), type(t + timedelta(1)).__name__, type(-t).__name__, type(t * 2).__name__)
import copy
print(copy.copy(timedelta(1, 2, 3)), copy.deepcopy(timedelta(-1)))
print(timedelta(1).__reduce__())
