# __init_subclass__ hooks with keyword arguments, class decorators, plugin registries built at class creation.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print(f"  registering {cls.__name__} as {key}")
        Plugin.registry[key] = cls
class Alpha(Plugin): pass
class Beta(Plugin, name="b"): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry), Plugin.registry["b"] is Beta)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in vars(self).items()])
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def tag(label):
    def deco(cls):
        cls.label = label
        print(f"  tagging {cls.__name__} with {label}")
        return cls
    return deco
@tag("outer")
@add_repr
@tag("inner")
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(Point(1, 2), Point.label)
def replace_class(cls):
    return "replaced by a string"
@replace_class
class Gone: pass
print(Gone)
class Counted:
    subclasses = []
    def __init_subclass__(cls):
        Counted.subclasses.append(cls.__name__)
class One(Counted): pass
class Two(One): pass
print(Counted.subclasses, [c.__name__ for c in Counted.__subclasses__()], [c.__name__ for c in One.__subclasses__()])
class Configured:
    def __init_subclass__(cls, *, color="none", **kw):
        cls.color = color
class Red(Configured, color="red"): pass
class Default(Configured): pass
print(Red.color, Default.color, hasattr(Configured, "color"))
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class Conf: pass
print(Conf() is Conf(), type(Conf()).__name__)
