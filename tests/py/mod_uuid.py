import uuid
import copy

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(repr(u), str(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low,
      u.node, u.time, u.clock_seq, u.variant, u.version, int(u), u.is_safe)
for s in ['{12345678-1234-5678-1234-567812345678}', '12345678123456781234567812345678',
          'urn:uuid:12345678-1234-5678-1234-567812345678']:
    print(uuid.UUID(s) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
v = uuid.UUID(int=0)
print(v, v.variant, v.version)
w = uuid.UUID(int=(1 << 128) - 1)
print(w, w.variant, w.version)
for i in (0x8000, 0xc000, 0xe000, 0x4000):
    x = uuid.UUID(int=i << 48)
    print(x.variant, x.version)
print(uuid.UUID(int=0, version=4), uuid.UUID(int=(1 << 128) - 1, version=1))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid5(uuid.NAMESPACE_OID, 'é').version)
try:
    uuid.uuid3(uuid.NAMESPACE_URL, b'http://x')
except TypeError as e:
    print('TypeError', e)
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), t < uuid.uuid1())
t2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t2.node == 0x123456789abc, t2.clock_seq == 0x1234, t2.version)
print(0 <= uuid.getnode() < 1 << 48)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, a == 1, hash(a) == hash(1))
print(sorted([b, a]), {a: 1}[uuid.UUID(int=1)])
try:
    a < 1
except TypeError as e:
    print('TypeError', e)
try:
    a.int = 5
except TypeError as e:
    print('TypeError', e)
for kw in [{}, {'hex': 'abc'}, {'bytes': b'x'}, {'bytes_le': b'x'}, {'fields': (1, 2)},
           {'int': -1}, {'int': 1 << 128}, {'int': 1, 'version': 6}, {'int': 1, 'hex': 'x'},
           {'fields': (1 << 32, 0, 0, 0, 0, 0)}, {'fields': (0, 1 << 16, 0, 0, 0, 0)},
           {'fields': (0, 0, 1 << 16, 0, 0, 0)}, {'fields': (0, 0, 0, 256, 0, 0)},
           {'fields': (0, 0, 0, 0, 256, 0)}, {'fields': (0, 0, 0, 0, 0, 1 << 48)}]:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(u.__getstate__(), uuid.UUID(int=3, is_safe=uuid.SafeUUID.safe).__getstate__())
print(copy.copy(u) == u, copy.deepcopy(u) == u)
print(uuid.SafeUUID.safe, repr(uuid.SafeUUID.unknown), uuid.SafeUUID(-1))
print(uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(uuid.UUID.__slots__, f'{u}', '%s' % u)
class Sub(uuid.UUID):
    pass
print(repr(Sub(int=7)))
