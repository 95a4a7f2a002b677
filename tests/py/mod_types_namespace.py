# types.SimpleNamespace.
import types

ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns.a, ns.b, ns == types.SimpleNamespace(a=1, b='x'), ns != types.SimpleNamespace(a=2))
ns.c = [1]
del ns.a
print(ns, vars(ns), ns.__dict__, sorted(dir(ns))[-2:])
ns.self = ns
print(ns)

class Config(types.SimpleNamespace):
    def total(self):
        return sum(v for v in vars(self).values())

cfg = Config(x=1, y=2)
print(cfg, cfg.total(), isinstance(cfg, types.SimpleNamespace), types.SimpleNamespace())
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print(e)
try:
    hash(ns)
except TypeError as e:
    print(e)
try:
    ns.missing
except AttributeError as e:
    print(e)
print(types.SimpleNamespace.__name__, types.SimpleNamespace.__module__)
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1.0), types.SimpleNamespace() == {})
