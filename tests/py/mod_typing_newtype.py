# NewType, cast, assert_type, reveal_type, assert_never.
import sys
from typing import NewType, List, Optional, cast, assert_type, assert_never, reveal_type

UserId = NewType('UserId', int)
u = UserId(5)
print(UserId, u, type(u), u + 1, UserId.__supertype__, UserId.__name__, UserId.__qualname__)
print(UserId.__module__, callable(UserId), repr(UserId), str(UserId))
AdminId = NewType('AdminId', UserId)
print(AdminId(3), AdminId, AdminId.__supertype__)
Names = NewType('Names', List[str])
print(Names(['a']), Names, Names.__supertype__)
print(UserId | None, Optional[UserId], List[UserId], None | UserId)
Dotted = NewType('mod.Dotted', str)
print(Dotted, Dotted.__name__, Dotted.__qualname__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)

print(cast(int, 'x'), cast('List[int]', [1]), cast(List[int], 3), cast(None, 5))
obj = [1, 2]
print(cast(list, obj) is obj, assert_type(obj, list) is obj)
import io
sys.stderr = io.StringIO()
r1 = reveal_type(42)
r2 = reveal_type([1])
r3 = reveal_type(UserId(4))
shown = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(r1, r2, r3, repr(shown))
for value in (3, 'x' * 200, None):
    try:
        assert_never(value)
    except AssertionError as e:
        print("AssertionError:", e)
