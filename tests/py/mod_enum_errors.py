# Errors and protections of enum classes and members, dir(), and the class attributes.
from enum import Enum, IntEnum, Flag, auto
import enum

class Color(Enum):
    RED = 1
    GREEN = 2

attempts = [
    ("Color(7)", lambda: Color(7)),
    ("Color['X']", lambda: Color['X']),
    ("Color.RED < Color.GREEN", lambda: Color.RED < Color.GREEN),
    ("setattr(Color, 'RED', 5)", lambda: setattr(Color, 'RED', 5)),
    ("delattr(Color, 'RED')", lambda: delattr(Color, 'RED')),
    ("Color.RED.name = 'x'", lambda: setattr(Color.RED, 'name', 'x')),
    ("del Color.RED.value", lambda: delattr(Color.RED, 'value')),
    ("Color.nothing", lambda: Color.nothing),
    ("Color.name", lambda: Color.name),
    ("Enum(3)", lambda: Enum(3)),
]
for text, fn in attempts:
    try:
        fn()
        print(text, "-> no error")
    except Exception as e:
        print(text, "->", type(e).__name__, e)

definitions = {
    "extend": "class E2(Color):\n    BLUE = 3",
    "redefine": "class Dup(Enum):\n    A = 1\n    A = 2",
    "method then member": "class D2(Enum):\n    def A(self): pass\n    A = 1",
    "sunder": "class X(Enum):\n    _foo_ = 1",
    "late gnv": ("class Y(Enum):\n    A = auto()\n"
                 "    def _generate_next_value_(name, start, count, last): return name"),
    "mro name": "class M(Enum):\n    mro = 1",
    "bad mixin order": "class Bad(Enum, int):\n    A = 1",
    "two data types": "class Two(int, str, Enum):\n    A = 1",
    "bad ignore": "class Ig(Enum):\n    A = 1\n    _ignore_ = ['A']",
}
for label, src in definitions.items():
    try:
        exec(src, {"Enum": Enum, "Color": Color, "auto": auto})
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).split(": {<")[0])

print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.RED], bool(Color.RED), bool(Color))
print(dir(Color))
print(dir(Color.RED))
print(Color._member_names_, Color._member_map_, Color._value2member_map_)
print(Color.RED._name_, Color.RED._value_, Color._member_type_, Color.RED.__objclass__)
print(type(Color.__members__).__name__, Color.__members__['GREEN'], len(Color.__members__))
try:
    Color.__members__['NEW'] = 3
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Color.RED, Color), issubclass(Color, Enum), type(Color), enum.EnumMeta is enum.EnumType)
print(list(reversed(Color)), Color.RED in Color)
class Empty(Enum):
    pass
print(list(Empty), len(Empty), repr(Empty), bool(Empty))
class WithEmptyBase(Empty):
    A = 1
print(list(WithEmptyBase))
class Num(IntEnum):
    A = 1
print(dir(Num) == sorted(set(dir(int)) | {"A", "__class__", "__contains__", "__doc__", "__getitem__", "__iter__", "__len__", "__members__", "__module__", "__name__", "__qualname__", "__new__", "__init_subclass__"}))
print(Color.RED.__reduce_ex__(2), Color.__name__, Color.RED.__class__.__name__)
