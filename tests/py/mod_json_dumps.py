import json

data = {"name": "ouro", "n": 3, "pi": 3.14159, "ok": True, "none": None,
        "list": [1, 2.5, "x", False], "nested": {"a": [], "b": {}}, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3, {}]], []], indent=4))
print(json.dumps({"a": [1, 2]}, indent="\t"))
print(json.dumps({"a": [1, 2]}, indent=0))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(',', ':')))
print(json.dumps({"a": 1}, indent=2, separators=(', ', ' = ')))
print(json.dumps("héllo \u20ac \U0001f600 \"q\" \\ \n\t\x01\x7f"))
print(json.dumps("héllo \u20ac \U0001f600 \x1f", ensure_ascii=False))
print(json.dumps({"é": "ü"}, ensure_ascii=False))
print(json.dumps([0.1, 1.0, -0.0, 1e100, 1e-7, 123456789.123, 2**70, -5, 1/3]))
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'}))
print(json.dumps({(1, 2): 3, 'k': 1}, skipkeys=True))
print(json.dumps(None), json.dumps(True), json.dumps(12), json.dumps("s"), json.dumps([]), json.dumps({}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True, indent=1))
class MyInt(int):
    def __repr__(self):
        return 'nope'
class MyFloat(float):
    def __repr__(self):
        return 'nope'
print(json.dumps([MyInt(5), MyFloat(2.5)]))
class MyDict(dict):
    pass
print(json.dumps(MyDict(x=1)), json.dumps([range(0)] if False else [[]]))
def default(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError(f'cannot {type(o).__name__}')
print(json.dumps({'s': {3, 1, 2}, 'c': 1 + 2j}, default=default))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return list(sorted(o))
        return super().default(o)
print(json.dumps({'x': {1}}, cls=Enc), Enc(indent=1).encode([{1, 2}]))
for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps(object()),
            lambda: json.dumps([float('nan')], allow_nan=False),
            lambda: json.dumps({(1,): 2}), lambda: json.dumps({'a': 1, 2: 3}, sort_keys=True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
print(json.JSONEncoder().encode({'k': [1, 'two']}), ''.join(json.JSONEncoder().iterencode([1, {'a': 2}])))
print(json.encoder.encode_basestring_ascii('a\u1234'), json.encoder.encode_basestring('a\u1234"'))
