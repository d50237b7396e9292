"""Enumerations (CPython 3.11's enum), written in Python for Ouro.

EnumType (alias EnumMeta) turns the class body into members after the body
has run: Ouro's class bodies store names straight into the namespace dict,
so the members, auto() values and _generate_next_value_ are worked out in
EnumType.__new__, in definition order, instead of in a custom namespace's
__setitem__ (the one difference a program can see: a name defined twice in
the body keeps its last value instead of raising TypeError).

Members are instances of their enum class, stored as class attributes and
in _member_map_ (name -> member, aliases included), _member_names_ (the
canonical names in definition order; for a Flag, the single-bit ones) and
_value2member_map_ (value -> member). Flag values that are not members are
"pseudo-members" made on demand by Flag._missing_ and cached.
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'property', 'verify',
           'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
           'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
           'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name']

# Set once Enum (and Flag, ReprEnum) exist; EnumType.__new__ needs to know
# whether it is building one of them.
Enum = Flag = EJECT = KEEP = STRICT = CONFORM = ReprEnum = None


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % (cls_name.lstrip('_'),)
    return (name.startswith(prefix) and len(name) > len(prefix) and
            not name.endswith('__'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits(num):
    # The single bits of a non-negative int, lowest first.
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bin(num, max_bits):
    # CPython's two's complement rendering in Flag errors: '0b0 0101'.
    if num >= 0:
        digits = format(num, 'b').rjust(max_bits, '0')
        return '0b0 ' + digits
    digits = format(num & ((1 << max_bits) - 1), 'b').rjust(max_bits, '1')
    return '0b1 ' + digits


_auto_null = object()
_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value in Enum class
    suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class _AutoExpr:
    # `WHITE = RED | GREEN` in a class body, where RED and GREEN are still
    # auto() objects (their values are only known after the body ran).

    def __init__(self, op, args):
        self.op = op
        self.args = args

    def resolve(self):
        vals = [a.resolve() if isinstance(a, _AutoExpr) else
                a.value if isinstance(a, auto) else a for a in self.args]
        return self.op(*vals)


def _auto_binop(op, reflected=False):
    def method(self, other):
        if reflected:
            return _AutoExpr(op, (other, self))
        return _AutoExpr(op, (self, other))
    return method


for _cls in (auto, _AutoExpr):
    _cls.__or__ = _auto_binop(lambda a, b: a | b)
    _cls.__ror__ = _auto_binop(lambda a, b: a | b, True)
    _cls.__and__ = _auto_binop(lambda a, b: a & b)
    _cls.__rand__ = _auto_binop(lambda a, b: a & b, True)
    _cls.__xor__ = _auto_binop(lambda a, b: a ^ b)
    _cls.__rxor__ = _auto_binop(lambda a, b: a ^ b, True)
    _cls.__add__ = _auto_binop(lambda a, b: a + b)
    _cls.__radd__ = _auto_binop(lambda a, b: a + b, True)
    _cls.__sub__ = _auto_binop(lambda a, b: a - b)
    _cls.__rsub__ = _auto_binop(lambda a, b: a - b, True)
    _cls.__mul__ = _auto_binop(lambda a, b: a * b)
    _cls.__rmul__ = _auto_binop(lambda a, b: a * b, True)
    _cls.__lshift__ = _auto_binop(lambda a, b: a << b)
del _cls


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class property:
    """A property for enum members whose class-level lookup finds the
    member of the same name (so that a member may be called `name` or
    `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)

    def __set_name__(self, owner, name):
        self.name = name
        self.ownerclass = owner

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError('%r has no attribute %r'
                                     % (ownerclass, self.name)) from None
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r'
                                 % (type(instance), self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r"
                                 % (self._owner_name(instance), self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self._owner_name(instance), self.name))
        self.fdel(instance)

    def _owner_name(self, instance):
        owner = getattr(self, 'ownerclass', None) or type(instance)
        return owner.__name__

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


_SUNDER_NAMES = ('_order_', '_generate_next_value_', '_missing_', '_ignore_',
                 '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                 '_iter_member_by_def_', '_value_', '_name_')


def _collect_members(cls_name, classdict, generate):
    """The (name, value) pairs of the class body that become members, in
    definition order, with auto() resolved; also rewrites member() and
    nonmember() wrappers in classdict."""
    ignore = classdict.get('_ignore_', [])
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    members = []
    last_values = []
    for key in list(classdict):
        value = classdict[key]
        if key in ignore or key == '_ignore_':
            continue
        if _is_sunder(key):
            if key not in _SUNDER_NAMES:
                raise ValueError('_sunder_ names, such as %r, are reserved for '
                                 'future Enum use' % (key,))
            continue
        if _is_dunder(key) or _is_private(cls_name, key):
            continue
        if isinstance(value, nonmember):
            classdict[key] = value.value
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            continue
        value = _resolve_auto(key, value, generate, len(members), last_values)
        members.append((key, value))
        last_values.append(value)
    for key in ignore:
        classdict.pop(key, None)
    classdict.pop('_ignore_', None)
    return members


def _resolve_auto(key, value, generate, count, last_values):
    def one(v):
        if isinstance(v, _AutoExpr):
            return v.resolve()
        if isinstance(v, auto):
            if v.value is _auto_null:
                v.value = generate(key, 1, count, last_values[:])
            return v.value
        return v
    if isinstance(value, tuple):
        if any(isinstance(v, (auto, _AutoExpr)) for v in value):
            return tuple(one(v) for v in value)
        return value
    return one(value)


def _find_data_type(bases):
    for base in bases:
        for c in base.__mro__:
            if c is object:
                continue
            if isinstance(c, EnumType):
                if c._member_type_ is not object:
                    return c._member_type_
                continue
            if '__new__' in c.__dict__ or '__dataclass_fields__' in c.__dict__:
                return c
    return object


def _first_enum(bases):
    last = None
    for base in bases:
        if isinstance(base, EnumType):
            last = base
    return last


def _check_for_existing_members(class_name, bases):
    for chain in bases:
        for base in chain.__mro__:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r"
                                % (class_name, base))


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        _check_for_existing_members(cls, bases)
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        classdict = dict(classdict)
        first_enum = _first_enum(bases)
        if first_enum is None:
            # Enum itself: there are no members to make.
            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
            _init_tables(enum_class, object, object.__new__, False)
            return enum_class
        member_type = _find_data_type(bases)
        generate = classdict.get('_generate_next_value_',
                                 first_enum._generate_next_value_)
        if isinstance(generate, staticmethod):
            generate = generate.__func__
        members = _collect_members(cls, classdict, generate)
        order = classdict.pop('_order_', None)
        for name, value in members:
            del classdict[name]
        user_new = classdict.get('__new__')
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        if user_new is not None:
            classdict['__new_member__'] = staticmethod(user_new)
            new_member = user_new
        else:
            new_member = getattr(first_enum, '__new_member__', None)
            if new_member is None:
                new_member = (object.__new__ if member_type is object
                              else member_type.__new__)
        classdict['__new__'] = Enum.__new__
        if Flag is not None and issubclass(first_enum, Flag):
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None)
            classdict['_boundary_'] = boundary
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        _init_tables(enum_class, member_type, new_member,
                     new_member is not object.__new__)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        for name, value in members:
            _add_member(enum_class, name, value, is_flag)
        if is_flag:
            _init_flag_masks(enum_class)
        _fix_mixin_methods(enum_class, classdict, first_enum, member_type)
        if ReprEnum is not None and issubclass(enum_class, ReprEnum):
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            names = [n for n in enum_class._member_names_]
            if order != names:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (names, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = _first_enum(bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = first_enum._generate_next_value_(name, start, count,
                                                         last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        if boundary is not None:
            return metacls.__new__(metacls, class_name, bases, classdict,
                                   boundary=boundary)
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        interesting = set(['__class__', '__contains__', '__doc__', '__getitem__',
                           '__init_subclass__', '__iter__', '__len__',
                           '__members__', '__module__', '__name__',
                           '__qualname__'] + cls._member_names_)
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getattr__(cls, name):
        # Only reached when the normal lookup failed.
        if _is_dunder(name) or _is_sunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType


def _fix_mixin_methods(enum_class, classdict, first_enum, member_type):
    # A data type listed before Enum (class N(int, Enum)) would otherwise
    # give the members its own repr, str and format.
    for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
        if name in classdict:
            continue
        found = getattr(enum_class, name)
        if found in (getattr(object, name, None), getattr(member_type, name, None)):
            type.__setattr__(enum_class, name, getattr(first_enum, name))


def _init_tables(enum_class, member_type, new_member, use_args):
    tset = type.__setattr__
    tset(enum_class, '_member_names_', [])
    tset(enum_class, '_member_map_', {})
    tset(enum_class, '_value2member_map_', {})
    tset(enum_class, '_unhashable_values_', [])
    tset(enum_class, '_member_type_', member_type)
    tset(enum_class, '_new_member_', staticmethod(new_member))
    tset(enum_class, '_use_args_', use_args)


def _add_member(enum_class, name, value, is_flag):
    member_type = enum_class._member_type_
    if isinstance(value, tuple) and member_type is not tuple:
        args = value
    else:
        args = (value,)
    new_member = enum_class._new_member_
    if enum_class._use_args_:
        m = new_member(enum_class, *args)
    else:
        m = new_member(enum_class)
    if not hasattr(m, '_value_'):
        if member_type is object:
            m._value_ = value
        else:
            try:
                m._value_ = member_type(*args)
            except Exception:
                m._value_ = value
    value = m._value_
    m._name_ = name
    m.__objclass__ = enum_class
    m.__init__(*args)
    m._sort_order_ = len(enum_class._member_names_)
    alias = _lookup(enum_class, value)
    if alias is not None:
        m = alias
    elif not is_flag or _is_single_bit(value):
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = m
    try:
        enum_class._value2member_map_.setdefault(value, m)
    except TypeError:
        enum_class._unhashable_values_.append(value)
    for base in enum_class.__mro__[1:]:
        if isinstance(base.__dict__.get(name), property):
            return      # the enum.property finds the member itself
    type.__setattr__(enum_class, name, m)


def _lookup(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for m in enum_class._member_map_.values():
            if m._value_ == value:
                return m
    return None


def _init_flag_masks(enum_class):
    mask = 0
    singles = 0
    for m in enum_class._member_map_.values():
        v = m._value_
        mask |= v
        if _is_single_bit(v):
            singles |= v
    tset = type.__setattr__
    tset(enum_class, '_flag_mask_', mask)
    tset(enum_class, '_singles_mask_', singles)
    tset(enum_class, '_all_bits_', (1 << mask.bit_length()) - 1)


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            found = _lookup(cls, value)
        except TypeError:
            found = None
        if found is not None:
            return found
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and
                cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        if exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None '
                            'or a valid member' % (cls.__name__, result))
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            candidates = sorted(last_values, reverse=True)
        except TypeError:
            candidates = reversed(last_values)
        for v in candidates:
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        if self._member_type_ is object:
            interesting = set()
        else:
            interesting = set(object.__dir__(self))
        for name in getattr(self, '__dict__', []):
            if name[0] != '_' and name not in self._member_map_:
                interesting.add(name)
        for cls in self.__class__.__mro__:
            for name, obj in cls.__dict__.items():
                if name[0] == '_' or name in self._member_map_:
                    continue
                interesting.add(name)
        return sorted(set(['__class__', '__doc__', '__eq__', '__hash__',
                           '__module__']) | interesting)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        m = str.__new__(cls, value)
        m._value_ = value
        return m

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _reduce_ex_by_global_name(self, proto):
    return self.name


pickle_by_global_name = _reduce_ex_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """Control how out of range values are handled."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Support for flags: members combine with |, & and ^."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        if not isinstance(last_value, int):
            raise TypeError('invalid flag value %r' % (last_value,)) from None
        return 2 ** last_value.bit_length()

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits),
                                    _bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_value:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                names.append(cls._numeric_repr_(unknown))
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_ & self._singles_mask_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '<%s: %r>' % (cls_name, self._value_)
        return '<%s.%s: %r>' % (cls_name, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


type.__setattr__(Flag, '_boundary_', STRICT)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""

    def __or__(self, other):
        if isinstance(other, int) or isinstance(other, self.__class__):
            return self.__class__(self._value_ | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return self.__class__(self._value_ ^ int(other))
        return NotImplemented

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__
    __invert__ = Flag.__invert__


def _alias_details(enumeration):
    # 'FOUR -> THREE, UNO -> ONE' for the aliases of an enumeration.
    return ', '.join('%s -> %s' % (name, m.name)
                     for name, m in enumeration.__members__.items()
                     if name != m.name)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    aliases = _alias_details(enumeration)
    if aliases:
        raise ValueError('duplicate values found in %r: %s' % (enumeration, aliases))
    return enumeration


class EnumCheck(StrEnum):
    """Various conditions to check an enumeration for."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Check an enumeration for various constraints (UNIQUE and
    CONTINUOUS)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        cls_name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = _alias_details(enumeration)
                if aliases:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, aliases))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [v for v in range(low, high) if v not in values]
                if missing:
                    raise ValueError('invalid enum %r: missing values %s'
                                     % (cls_name, ', '.join(str(v) for v in missing)))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    # Unknown bits kept by an IntFlag ('R|8') stay bare numbers.
    return '|'.join(n if n[0].isdigit() else '%s.%s' % (module, n)
                    for n in self._name_.split('|'))


def global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Decorator: the members of cls become globals of its module, and the
    repr shows them as module.NAME."""
    if issubclass(cls, Flag):
        type.__setattr__(cls, '__repr__', global_flag_repr)
    else:
        type.__setattr__(cls, '__repr__', global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', global_str)
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
