import json

print(json.loads('{"a": [1, 2.5, "x", true, false, null], "b": {"c": -3e2}}'))
print(json.loads('  [ ]  '), json.loads('{}'), json.loads('"s"'), json.loads('12'), json.loads('-0.5'))
print(json.loads('"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"'))
print(repr(json.loads('"\\ud834\\udd1e"')), repr(json.loads('"\\ud834x"')))
print(json.loads('12345678901234567890123'), json.loads('1E5'), json.loads('0.1e-2'), json.loads('1e400'))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"x": 1, "y": {"z": [1, {"w": null}]}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, 3.25]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, 1]', parse_constant=lambda s: 'C:' + s))
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"k": 2}')), json.loads(b'\xef\xbb\xbf[3]'))
print(json.loads('"tab\there"', strict=False))
cases = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\x"',
         '"a\\u12"', '"a\\u12zz"', '"a\tb"', '[1]x', 'nul', '[-]', '1.5e', '01', '-',
         '{"a":}', '[', '{', '{"a"', '{"a":1', 'tru', '[1,\n2,\n  x]', '\ufeff[]', '"\\']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), '!!', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(1)
except TypeError as e:
    print(e)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.decode(' {"k": "v"} '))
s = json.dumps({"round": [1.1, 2.2e-5, "trip", {"n": None}]})
print(json.loads(s) == {"round": [1.1, 2.2e-5, "trip", {"n": None}]})
big = {"items": [{"id": i, "tags": ["t%d" % i] * 2} for i in range(50)]}
print(json.loads(json.dumps(big)) == big, len(json.dumps(big, indent=2)))
