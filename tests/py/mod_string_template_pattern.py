import string
print(string.Template.pattern.pattern == string.Template.pattern.pattern, type(string.Template.pattern).__name__)
print(string.Template.pattern.flags)
print(string.Template("$a and ${b} $$").substitute(a=1, b=2))
class T(string.Template):
    delimiter = '%'
print(T("%x is %{y}").substitute(x=1, y=2), T.pattern.groupindex == string.Template.pattern.groupindex)
class U(string.Template):
    pattern = r"""\#(?:(?P<escaped>\#)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))"""
print(U("#a #{b} ##").substitute(a=1, b=2), type(U.pattern).__name__)
try:
    string.Template("$ x").substitute()
except ValueError as e:
    print(e)
print(string.Template("$a $b").safe_substitute(a=1), string.Template("$a").get_identifiers(), string.Template("$a $").is_valid())
