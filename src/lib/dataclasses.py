"""Data classes (PEP 557): ouro's own, behaving as CPython 3.11's.

@dataclass reads the class's annotations (after those of dataclass bases, in reverse MRO
order) to make its fields, then adds the special methods the options ask for.  Methods are
generated as source text and exec'd, as CPython does, so they are ordinary functions with
ordinary argument errors ("Point.__init__() missing 1 required positional argument: 'y'"):
the objects they use (field types, defaults, factories) are passed in as the arguments of an
outer function, so nothing is looked up in the class's module at call time.  A method the class
defines itself is never replaced, except where CPython raises instead (order methods, hash).
"""

import sys
import abc as _abc

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    """Raised when assigning to a field of a frozen dataclass instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


# The __init__ default of a field with a default_factory: the factory is called when the
# argument is left out.
_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    """A pseudo-field type: passed to __init__ and on to __post_init__, never stored."""
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f"dataclasses.InitVar[{type_name}]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass: made by field(), or from a plain default value."""
    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else
                         type(type.__dict__)(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field("
                f"name={self.name!r},"
                f"type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},"
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"hash={self.hash!r},"
                f"compare={self.compare!r},"
                f"metadata={self.metadata!r},"
                f"kw_only={self.kw_only!r},"
                f"_field_type={self._field_type}"
                ")")

    def __set_name__(self, owner, name):
        # A descriptor used as a default gets told its name too.
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams("
                f"init={self.init!r},"
                f"repr={self.repr!r},"
                f"eq={self.eq!r},"
                f"order={self.order!r},"
                f"unsafe_hash={self.unsafe_hash!r},"
                f"frozen={self.frozen!r}"
                ")")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default or default_factory (a zero-argument callable), and
    whether it is in __init__, __repr__, the comparisons and the hash."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _tuple_str(obj_name, fields):
    """Source text of a tuple of obj_name's fields, e.g. "(self.x,self.y,)"."""
    if not fields:
        return "()"
    return "(" + ",".join(f"{obj_name}.{f.name}" for f in fields) + ",)"


# ---- __repr__ recursion guard ---------------------------------------------------------------

_repr_running = set()


def _recursive_repr(fn):
    """Make a __repr__ return '...' for an object whose repr is already being made."""
    def wrapper(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            return fn(self)
        finally:
            _repr_running.discard(key)
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(wrapper, attr, getattr(fn, attr))
    wrapper.__wrapped__ = fn
    return wrapper


# ---- generating methods ---------------------------------------------------------------------

def _create_fn(name, args, body, *, globals=None, locals=None, return_type=MISSING):
    """Make function `name` from its argument list and body lines.  Everything in `locals`
    becomes an argument of an outer function the new one is defined in, so the body sees
    those objects whatever the module globals are."""
    locals = dict(locals or ())
    ret = ""
    if return_type is not MISSING:
        locals["_return_type"] = return_type
        ret = "->_return_type"
    inner = f" def {name}({','.join(args)}){ret}:\n" + "\n".join(f"  {b}" for b in body)
    text = f"def __create_fn__({', '.join(locals)}):\n{inner}\n return {name}"
    ns = {}
    exec(text, globals, ns)
    return ns["__create_fn__"](**locals)


def _set_qualname(cls, value):
    if isinstance(value, type(_set_qualname)):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _set_new_attribute(cls, name, value):
    """Add a method unless the class defines one itself; True when it does."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({self_name},{name!r},{value})"
    return f"{self_name}.{name}={value}"


def _field_init(f, frozen, locals, self_name, slots):
    default_name = f"_dflt_{f.name}"
    if f.default_factory is not MISSING:
        if f.init:
            locals[default_name] = f.default_factory
            value = (f"{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY "
                     f"else {f.name}")
        else:
            locals[default_name] = f.default_factory
            value = f"{default_name}()"
    elif f.init:
        if f.default is not MISSING:
            locals[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # With __slots__ there is no class attribute to fall back on.
        locals[default_name] = f.default
        value = default_name
    else:
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ""
    elif f.default is not MISSING:
        default = f"=_dflt_{f.name}"
    else:
        default = "=_HAS_DEFAULT_FACTORY"
    return f"{f.name}:_type_{f.name}{default}"


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, globals,
             slots):
    seen_default = False
    for f in std_fields:
        if not f.init:
            continue
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {f.name!r} follows default argument")
    locals = {f"_type_{f.name}": f.type for f in fields}
    locals.update({"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                   "__dataclass_builtins_object__": object})
    body = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        params = ",".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.{_POST_INIT_NAME}({params})")
    if not body:
        body = ["pass"]
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ["*"] + [_init_param(f) for f in kw_only_fields]
    return _create_fn("__init__", args, body, locals=locals, globals=globals,
                      return_type=None)


def _repr_fn(fields, globals):
    parts = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields)
    fn = _create_fn("__repr__", ("self",),
                    [f'return self.__class__.__qualname__ + f"({parts})"'], globals=globals)
    return _recursive_repr(fn)


def _frozen_get_del_attr(cls, fields, globals):
    locals = {"cls": cls, "FrozenInstanceError": FrozenInstanceError}
    condition = "type(self) is cls"
    if fields:
        condition += " or name in {" + ", ".join(repr(f.name) for f in fields) + "}"
    setter = _create_fn("__setattr__", ("self", "name", "value"),
                        (f"if {condition}:",
                         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
                         "super(cls, self).__setattr__(name, value)"),
                        locals=locals, globals=globals)
    deleter = _create_fn("__delattr__", ("self", "name"),
                         (f"if {condition}:",
                          ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
                          "super(cls, self).__delattr__(name)"),
                         locals=locals, globals=globals)
    return setter, deleter


def _cmp_fn(name, op, self_tuple, other_tuple, globals):
    return _create_fn(name, ("self", "other"),
                      ["if other.__class__ is self.__class__:",
                       f" return {self_tuple}{op}{other_tuple}",
                       "return NotImplemented"], globals=globals)


def _hash_fn(fields, globals):
    return _create_fn("__hash__", ("self",), [f"return hash({_tuple_str('self', fields)})"],
                      globals=globals)


# ---- class variables and InitVar in annotations ---------------------------------------------

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar or
            (type(a_type) is getattr(typing, "_GenericAlias", None) and
             a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _string_names(annotation, cls, predicate, module_attr):
    """For a string annotation like "ClassVar[int]" or "dataclasses.InitVar": whether it
    names (in cls's module) what predicate looks for."""
    text = annotation.strip()
    head = text.split("[", 1)[0].strip()
    if "." in head:
        mod_name, _, attr = head.rpartition(".")
    else:
        mod_name, attr = "", head
    if not attr.isidentifier():
        return False
    module = sys.modules.get(cls.__module__)
    ns = module.__dict__ if module is not None else {}
    if mod_name:
        target_mod = ns.get(mod_name)
        if target_mod is None or module_attr is None:
            return False
        if target_mod is not module_attr:
            return False
        obj = getattr(target_mod, attr, None)
    else:
        obj = ns.get(attr)
    return obj is not None and predicate(obj)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            # A __slots__ member, not a default value.
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get("typing")
    this_module = sys.modules[__name__]
    if typing:
        if _is_classvar(a_type, typing) or (
                isinstance(a_type, str) and
                _string_names(a_type, cls, lambda o: _is_classvar(o, typing), typing)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        if _is_initvar(a_type, this_module) or (
                isinstance(a_type, str) and
                _string_names(a_type, cls, lambda o: _is_initvar(o, this_module),
                              this_module)):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f"field {f.name} cannot have a default factory")

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        assert f._field_type is _FIELD_CLASSVAR
        if f.kw_only is not MISSING:
            raise TypeError(f"field {f.name} is a ClassVar but specifies kw_only")

    # An unhashable default (list, dict, set...) would be shared by every instance.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not "
                         "allowed: use default_factory")
    return f


class _SlotsProbe:
    __slots__ = ("x",)


_MemberDescriptorType = type(_SlotsProbe.__dict__["x"])


# ---- hashing rules ---------------------------------------------------------------------------

def _hash_set_none(cls, fields, globals):
    return None


def _hash_add(cls, fields, globals):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(flds, globals))


def _hash_exception(cls, fields, globals):
    raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")


# (unsafe_hash, eq, frozen, has_explicit_hash) -> what to do about __hash__ (None: leave it).
_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): _hash_set_none,
    (False, True, False, True): None,
    (False, True, True, False): _hash_add,
    (False, True, True, True): None,
    (True, False, False, False): _hash_add,
    (True, False, False, True): _hash_exception,
    (True, False, True, False): _hash_add,
    (True, False, True, True): _hash_exception,
    (True, True, False, False): _hash_add,
    (True, True, False, True): _hash_exception,
    (True, True, True, False): _hash_add,
    (True, True, True, True): _hash_exception,
}


# ---- the class ---------------------------------------------------------------------------

def _format_annotation(annotation):
    """An annotation as inspect shows it in a signature."""
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if type(annotation).__name__ == "GenericAlias":
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


def _signature_text(cls):
    """What str(inspect.signature(cls)) shows for the class's __init__ (without "self")."""
    init = cls.__init__
    if init is object.__init__:
        return "()"
    code = getattr(init, "__code__", None)
    if code is None:
        raise ValueError("no signature")
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}
    annotations = getattr(init, "__annotations__", {})
    first_default = npos - len(defaults)

    def param(name, prefix="", has_default=False, default=None):
        text = prefix + name
        if name in annotations:
            text += ": " + _format_annotation(annotations[name])
        if has_default:
            text += (" = " if name in annotations else "=") + repr(default)
        return text

    parts = []
    for i in range(1, npos):
        parts.append(param(names[i], "", i >= first_default,
                           defaults[i - first_default] if i >= first_default else None))
        if i == code.co_posonlyargcount - 1:
            parts.append("/")
    extra = npos + nkw
    if code.co_flags & 0x04:            # CO_VARARGS
        parts.append(param(names[extra], "*"))
        extra += 1
    elif nkw:
        parts.append("*")
    for name in names[npos:npos + nkw]:
        parts.append(param(name, "", name in kwdefaults, kwdefaults.get(name)))
    if code.co_flags & 0x08:            # CO_VARKEYWORDS
        parts.append(param(names[extra], "**"))
    return "(" + ", ".join(parts) + ")"


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    if cls.__module__ in sys.modules:
        globals = sys.modules[cls.__module__].__dict__
    else:
        globals = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Inherited fields, in reverse MRO order so nearer classes win.
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    this_module = sys.modules[__name__]
    for name, type_ in cls_annotations.items():
        if _is_kw_only(type_, this_module) or (
                isinstance(type_, str) and
                _string_names(type_, cls, lambda o: _is_kw_only(o, this_module),
                              this_module)):
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been "
                                "specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # A Field in the class body is replaced by its default (or removed).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__", _init_fn(
            all_init_fields, std_init_fields, kw_only_init_fields, frozen, has_post_init,
            "__dataclass_self__" if "self" in fields else "self", globals, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, "__repr__", _repr_fn([f for f in field_list if f.repr],
                                                     globals))

    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        _set_new_attribute(cls, "__eq__", _cmp_fn("__eq__", "==",
                                                  _tuple_str("self", cmp_fields),
                                                  _tuple_str("other", cmp_fields), globals))

    if order:
        cmp_fields = [f for f in field_list if f.compare]
        self_tuple = _tuple_str("self", cmp_fields)
        other_tuple = _tuple_str("other", cmp_fields)
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
            if _set_new_attribute(cls, name, _cmp_fn(name, op, self_tuple, other_tuple,
                                                     globals)):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f"Cannot overwrite attribute {fn.__name__} in class "
                                f"{cls.__name__}")

    action = _hash_action[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if action:
        cls.__hash__ = action(cls, field_list, globals)

    if not getattr(cls, "__doc__"):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls)
        except (TypeError, ValueError):
            cls.__doc__ = ""

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    _abc.update_abstractmethods(cls)
    return cls


def _get_slots(cls):
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        if getattr(cls, "__weakrefoffset__", False):
            yield "__weakref__"
        if getattr(cls, "__dictoffset__", False):
            yield "__dict__"
        return
    if isinstance(slots, str):
        yield slots
    elif hasattr(slots, "__next__"):
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")
    else:
        yield from slots


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    if "__slots__" in cls_dict:
        raise TypeError(f"{cls.__name__} already specifies __slots__")
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    wanted = field_names + (("__weakref__",) if weakref_slot else ())
    cls_dict["__slots__"] = tuple(n for n in wanted if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and, as asked, ordering, hashing, immutability) to a
    class from its annotated fields.  Usable as @dataclass or @dataclass(options)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ---- functions on dataclasses ----------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or an instance (not ClassVar or InitVar ones)."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _deepcopy(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists,
    tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The fields of a dataclass instance as a tuple, recursing as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Make a dataclass named cls_name; fields are names, (name, type) or
    (name, type, Field) items."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f"Invalid field: {item!r}")
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f"Field names must be valid identifiers: {name!r}")
        if name in seen:
            raise TypeError(f"Field name duplicated: {name!r}")
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace["__annotations__"] = annotations
    cls = type(cls_name, bases, namespace)
    try:
        cls.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        pass
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new object of obj's class with the given fields changed (through __init__, so
    __post_init__ runs again)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f"field {f.name} is declared with init=False, it cannot be "
                                 "specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
