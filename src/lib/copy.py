"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # make a deep copy of y, reusing memo

For module specific errors, copy.Error is raised.
"""
# ouro's copy module.  CPython copies most objects through the pickle protocol
# (object.__reduce_ex__ and copyreg).  ouro's object has no __reduce_ex__ yet, so this module
# takes the same steps itself for what that protocol would produce: built-in containers are
# copied directly, and instances are made with cls.__new__(cls, *newargs) (newargs from
# __getnewargs_ex__/__getnewargs__, or the items of a set/frozenset, or an exception's args)
# and then given their state: __getstate__() when the class defines it, else a copy of
# __dict__ and of every __slots__ attribute, restored through __setstate__ when defined.
# Items of list and dict subclasses are copied as listitems/dictitems would be.
# __copy__, __deepcopy__, and __reduce_ex__/__reduce__ defined by a class are honoured first.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # backward compatibility


def _f():
    pass

_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)
_FunctionType = type(_f)
_BuiltinFunctionType = type(len)
_CodeType = type(_f.__code__)
try:
    from _weakref import ref as _weakref_ref
except ImportError:
    _weakref_ref = None


class _Probe:
    def method(self):
        pass

_MethodType = type(_Probe().method)
del _Probe

_atomic = [_NoneType, int, float, bool, complex, str, bytes, tuple, frozenset,
           type, range, slice, property, _BuiltinFunctionType, _EllipsisType,
           _NotImplementedType, _FunctionType, _CodeType]
if _weakref_ref is not None:
    _atomic.append(_weakref_ref)


################################################################################
### The object protocol that __reduce_ex__ would provide
################################################################################

def _own_reducer(x, cls):
    """x.__reduce_ex__(4) or x.__reduce__() when cls (not object) defines one, else None."""
    obj_rex = getattr(object, '__reduce_ex__', None)
    obj_red = getattr(object, '__reduce__', None)
    rex = getattr(cls, '__reduce_ex__', None)
    if rex is not None and rex is not obj_rex:
        return x.__reduce_ex__(4)
    red = getattr(cls, '__reduce__', None)
    if red is not None and red is not obj_red:
        return x.__reduce__()
    return None


def _slotnames(cls):
    """The __slots__ attribute names of cls and its bases, mangled as the class sees them."""
    names = []
    for c in getattr(cls, '__mro__', (cls,)):
        if '__slots__' not in c.__dict__:
            continue
        slots = c.__dict__['__slots__']
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_state(x, cls):
    """What object.__getstate__ gives: __dict__ (or None), with the slots as a pair."""
    state = getattr(x, '__dict__', None)
    if state is not None and not state:
        state = None
    slots = {}
    for name in _slotnames(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _newargs(x, cls):
    """(args, kwargs) for cls.__new__."""
    f = getattr(cls, '__getnewargs_ex__', None)
    if f is not None:
        return x.__getnewargs_ex__()
    f = getattr(cls, '__getnewargs__', None)
    if f is not None:
        return x.__getnewargs__(), {}
    if isinstance(x, (set, frozenset)):
        return (list(x),), {}
    if isinstance(x, BaseException):
        return x.args, {}
    return (), {}


def _copy_instance(x, cls, memo, deep):
    try:
        args, kwargs = _newargs(x, cls)
        if deep and (args or kwargs):
            args = deepcopy(args, memo)
            kwargs = deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
    except TypeError:
        raise Error("un(%s)copyable object of type %s" % ('deep' if deep else 'shallow', cls))
    if deep:
        memo[id(x)] = y
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not getattr(object, '__getstate__', None):
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    _set_state(y, state, memo, deep)
    return y


def _set_state(y, state, memo, deep):
    if state is None:
        return
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    else:
        slotstate = None
    if state is not None:
        y.__dict__.update(state)
    if slotstate is not None:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = _deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, memo, deep)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(_deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[_deepcopy(key, memo)] = _deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


################################################################################
### copy
################################################################################

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _own_reducer(x, cls)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, cls, None, False)


_copy_dispatch = d = {}

def _copy_immutable(x):
    return x

for t in _atomic:
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
d[bytearray] = bytearray.copy

del d, t


################################################################################
### deepcopy
################################################################################

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _own_reducer(x, cls)
            if rv is not None:
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _copy_instance(x, cls, memo, True)
    # An object that is its own copy is not memoised.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)    # x must outlive its id's entry in memo
    return y

_deepcopy = deepcopy

_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x

for t in _atomic:
    if t is not tuple and t is not frozenset:
        d[t] = _deepcopy_atomic

def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list

def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple inside itself (through a mutable object) was copied while we recursed.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x
d[tuple] = _deepcopy_tuple

def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict

def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # As set.__reduce__ would: the items are copied (as a list) before the set is made.
    return type(x)(deepcopy(list(x), memo))
d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set

def _deepcopy_bytearray(x, memo):
    return bytearray(x)
d[bytearray] = _deepcopy_bytearray

def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))
d[_MethodType] = _deepcopy_method

del d, t


def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo.

    Because we remember objects by their id, we have
    to assure that possibly temporary objects are kept
    alive by referencing them.
    We store a reference at the id of the memo, which should
    normally not be used unless someone tries to deepcopy
    the memo itself...
    """
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)] = [x]
