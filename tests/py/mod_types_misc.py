# The types module: type names, ModuleType, MethodType, MappingProxyType, new_class.
import types

def f():
    pass

def gen():
    yield 1

class A:
    def meth(self):
        return 42

print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType)
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.ModuleType)
print(types.CodeType, types.MappingProxyType, types.GeneratorType, types.NoneType)
print(types.EllipsisType, types.NotImplementedType, types.BuiltinMethodType, types.CellType)
print(isinstance(A().meth, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance(f.__code__, types.CodeType))
print(types.WrapperDescriptorType, types.MethodWrapperType, types.MethodDescriptorType)
print(types.GetSetDescriptorType, types.MemberDescriptorType, types.TracebackType, types.FrameType)

m = types.ModuleType('mymod', 'my doc')
m.x = 1
print(m.__name__, m.__doc__, m.x, type(m).__name__)
bm = types.MethodType(lambda self: self.v * 2, types.SimpleNamespace(v=7))
print(bm())
mp = types.MappingProxyType({'k': 1})
print(mp['k'], list(mp), len(mp), 'k' in mp, mp.get('z', 0))
try:
    mp['z'] = 1
except TypeError as e:
    print(e)

C = types.new_class('C', (A,), {}, lambda ns: ns.update({'y': 5}))
print(C.__name__, [k.__name__ for k in C.__mro__], C().y, C().meth())
meta, ns, kw = types.prepare_class('D', (A,), {'metaclass': type})
print(meta, ns, kw)
print(types.resolve_bases((A, int)))

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'prepared': True}

E = types.new_class('E', (), {'metaclass': Meta})
print(type(E).__name__, E.prepared)
