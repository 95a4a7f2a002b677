# typing.TypedDict: class and functional forms, totality, Required/NotRequired.
from typing import TypedDict, Required, NotRequired, List, is_typeddict


class Movie(TypedDict):
    name: str
    year: int


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), m['name'], Movie(), Movie({'name': 'x'}), Movie([('year', 1)]))
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Movie.__total__, Movie, [c.__name__ for c in Movie.__mro__], type(Movie).__name__)
print(Movie.__module__, Movie.__qualname__)


class Partial(TypedDict, total=False):
    a: int
    b: Required[str]


print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(Partial.__annotations__)


class Extended(Movie, total=False):
    rating: float
    note: NotRequired[str]
    tags: List[str]


print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
print(Extended.__annotations__, Extended.__total__)
x = Extended(name='a', year=1, rating=2.5)
x['tags'] = ['t']
print(x, type(x) is dict)

Point2 = TypedDict('Point2', {'x': int, 'y': 'str'}, total=False)
print(Point2(x=1), Point2.__annotations__, Point2.__total__)
print(sorted(Point2.__optional_keys__), Point2.__module__, Point2)
Point3 = TypedDict('Point3', {'in': int, 'def': str})
print(Point3({'in': 1, 'def': 'x'}), sorted(Point3.__required_keys__))

print(is_typeddict(Movie), is_typeddict(Point2), is_typeddict(dict), is_typeddict(m))
for check in (lambda: isinstance({}, Movie), lambda: issubclass(dict, Movie)):
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)
