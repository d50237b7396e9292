"""Get useful information from live Python objects (a subset of CPython
3.11's inspect), written in Python for Ouro.

Provides the is*() predicates, getmembers, getdoc, cleandoc, getmro,
unwrap, and signature() with Signature, Parameter and BoundArguments for
functions, methods, classes and callable objects written in Python.
Differences: built-in functions have no signature (ValueError).
"""

import sys
import types
import enum
import functools

__all__ = ['isclass', 'ismodule', 'isfunction', 'ismethod', 'isgenerator',
           'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction',
           'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin',
           'isroutine', 'isabstract', 'ismethoddescriptor',
           'isdatadescriptor', 'iscode', 'getmembers', 'getdoc', 'cleandoc',
           'getmro', 'unwrap', 'signature', 'Signature', 'Parameter',
           'BoundArguments', 'getfullargspec', 'FullArgSpec',
           'formatannotation', 'getmodule', 'isgetsetdescriptor',
           'ismemberdescriptor', 'getattr_static', 'isframe', 'currentframe',
           'stack', 'getframeinfo', 'getouterframes', 'Traceback', 'FrameInfo',
           'getsourcefile', 'getfile']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# --- Predicates.

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    return (isinstance(object, types.CoroutineType) or
            hasattr(type(object), '__await__'))


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but
    not __set__, and is not a class, method or function)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    """Return true if the object is a data descriptor."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (__slots__)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return type(object).__name__ == 'getset_descriptor'


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    return bool(isinstance(object, type) and
                getattr(object, '__abstractmethods__', None))


# --- Members and documentation.

def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by
    name, optionally only those for which predicate(value) is true."""
    results = []
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getattr_static(obj, attr, default=None):
    """Look up attr without triggering descriptors or __getattr__."""
    sentinel = object()
    if not isinstance(obj, type):
        d = getattr(obj, '__dict__', {})
        if isinstance(d, dict) and attr in d:
            return d[attr]
        mro = type(obj).__mro__
    else:
        mro = obj.__mro__
    for klass in mro:
        value = klass.__dict__.get(attr, sentinel)
        if value is not sentinel:
            return value
    if default is not None:
        return default
    raise AttributeError(attr)


def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution
    order."""
    return cls.__mro__


def getmodule(object):
    """Return the module an object was defined in, or None."""
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is None:
        return None
    return sys.modules.get(name)


def cleandoc(doc):
    """Clean up indentation from docstrings: the first line's leading
    whitespace, the common indentation of the others, and blank lines at
    the start and end go."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if isinstance(doc, str):
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) else type(self)
    elif isfunction(obj):
        name = obj.__name__
        owner = obj.__qualname__.rsplit('.', 1)[0]
        cls = getattr(getmodule(obj), owner, None) if '.' in obj.__qualname__ else None
        if not isclass(cls):
            return None
    else:
        return None
    for base in cls.__mro__:
        member = base.__dict__.get(name)
        if member is not None:
            doc = getattr(member, '__doc__', None)
            if isinstance(doc, str):
                return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with
    cleandoc; inherited from the classes of the MRO when missing."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    """Get the object wrapped by func (following __wrapped__)."""
    f = func
    memo = {id(f): f}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in memo or len(memo) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping %r' % (func,))
        memo[id(f)] = f
    return f


# --- Signatures.

class _void:
    """A private marker - used in Parameter & Signature."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 'positional-only'
    POSITIONAL_OR_KEYWORD = 'positional or keyword'
    VAR_POSITIONAL = 'variadic positional'
    KEYWORD_ONLY = 'keyword-only'
    VAR_KEYWORD = 'variadic keyword'

    def __new__(cls, description):
        value = len(cls.__members__)
        member = int.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __str__(self):
        return self.name


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    """The text of an annotation in a signature: `int`, `mod.Class`,
    `typing.List[int]`, or the repr of anything else."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default, annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError('value %r is not a valid Parameter.kind' % (kind,))
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('%s parameters cannot have default values'
                             % (self._kind.description,))
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a %s' % (type(name).__name__,))
        if not name.isidentifier():
            raise ValueError('%r is not a valid parameter name' % (name,))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '%s: %s' % (formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '%s = %r' % (formatted, self._default)
            else:
                formatted = '%s=%r' % (formatted, self._default)
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<%s "%s">' % (self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind: the mapping of parameters to arguments."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[param_name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            try:
                arg = self.arguments[param_name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments."""
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            try:
                new_arguments.append((name, arguments[name]))
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind is _VAR_POSITIONAL:
                    val = ()
                elif param.kind is _VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return (self.signature == other.signature and
                self.arguments == other.arguments)

    def __repr__(self):
        args = ['%s=%r' % (arg, value) for arg, value in self.arguments.items()]
        return '<%s (%s)>' % (self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                _check_parameter_order(parameters)
            for param in parameters:
                if param.name in params:
                    raise ValueError('duplicate parameter name: %r' % (param.name,))
                params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, follow_wrapped, cls)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(param for param in self.parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self.parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return hash((params, frozenset(kwo_params.values()),
                     self.return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self.return_annotation == other.return_annotation and
                list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # No more positional arguments.
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('%r parameter is positional only, but '
                                        'was passed as a keyword' % (param.name,))
                    parameters_ex = (param,)
                    break
                if (param.kind == _VAR_KEYWORD or param.default is not _empty):
                    parameters_ex = (param,)
                    break
                if partial:
                    parameters_ex = (param,)
                    break
                if param.kind == _KEYWORD_ONLY:
                    argtype = ' keyword-only'
                else:
                    argtype = ''
                raise TypeError('missing a required%s argument: %r'
                                % (argtype, param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _VAR_POSITIONAL:
                    values = [arg_val]
                    values.extend(arg_vals)
                    arguments[param.name] = tuple(values)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument %r'
                                    % (param.name,)) from None
                arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            try:
                arg_val = kwargs.pop(param_name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: %r'
                                    % (param_name,)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('%r parameter is positional only, but was '
                                    'passed as a keyword' % (param.name,))
                arguments[param_name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument %r'
                                % (next(iter(kwargs)),))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object that maps the passed `args` and
        `kwargs` to the function's signature; TypeError if they do not
        fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '(%s)' % (', '.join(result),)
        if self.return_annotation is not _empty:
            rendered += ' -> %s' % (formatannotation(self.return_annotation),)
        return rendered


def _check_parameter_order(parameters):
    top_kind = _POSITIONAL_ONLY
    seen_default = False
    for param in parameters:
        kind = param.kind
        if kind < top_kind:
            raise ValueError('wrong parameter order: %s parameter before %s '
                             'parameter' % (top_kind.description, kind.description))
        if kind > top_kind:
            top_kind = kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is _empty:
                if seen_default:
                    raise ValueError('non-default argument follows default argument')
            else:
                seen_default = True


def _signature_from_function(cls, func, skip_bound_arg=False):
    code = func.__code__
    pos_count = code.co_argcount
    posonly_count = getattr(code, 'co_posonlyargcount', 0)
    kwonly_count = code.co_kwonlyargcount
    arg_names = code.co_varnames
    positional = arg_names[:pos_count]
    keyword_only = arg_names[pos_count:pos_count + kwonly_count]
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    non_default_count = pos_count - len(defaults)
    parameters = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly_count else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default_count] if i >= non_default_count else _empty
        parameters.append(Parameter(name, kind, default=default,
                                    annotation=annotations.get(name, _empty)))
    index = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = arg_names[index]
        index += 1
        parameters.append(Parameter(name, _VAR_POSITIONAL,
                                    annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        parameters.append(Parameter(name, _KEYWORD_ONLY,
                                    default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        name = arg_names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD,
                                    annotation=annotations.get(name, _empty)))
    if skip_bound_arg and parameters:
        parameters = parameters[1:]
    return cls(parameters,
               return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_callable(obj, follow_wrapped=True, sigcls=Signature,
                             skip_bound_arg=True):
    if not callable(obj):
        raise TypeError('%r is not a callable object' % (obj,))
    if isinstance(obj, types.MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapped, sigcls)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls)
    if isinstance(obj, type):
        sig = obj.__dict__.get('__signature__')
    else:
        sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object %r in __signature__ attribute'
                            % (sig,))
        return sig
    if isfunction(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, functools.partial):
        return _signature_partial(obj, follow_wrapped, sigcls)
    if isinstance(obj, type):
        return _signature_of_class(obj, follow_wrapped, sigcls)
    if isbuiltin(obj) or type(obj).__name__ in ('wrapper_descriptor',
                                                'method_descriptor'):
        raise ValueError('no signature found for builtin %r' % (obj,))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        sig = _signature_from_callable(call, follow_wrapped, sigcls)
        return _drop_first(sig)
    raise ValueError('callable %r is not supported by signature' % (obj,))


def _signature_partial(p, follow_wrapped, sigcls):
    sig = _signature_from_callable(p.func, follow_wrapped, sigcls)
    try:
        ba = sig.bind_partial(*p.args, **p.keywords)
    except TypeError:
        raise ValueError('partial object %r has incorrect arguments' % (p,)) from None
    new_params = []
    n_args = len(p.args)
    for i, param in enumerate(sig.parameters.values()):
        if i < n_args and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            continue
        if param.name in p.keywords:
            if param.kind == _POSITIONAL_OR_KEYWORD or param.kind == _KEYWORD_ONLY:
                new_params.append(param.replace(kind=_KEYWORD_ONLY,
                                                default=ba.arguments[param.name]))
                continue
        if param.kind == _POSITIONAL_OR_KEYWORD and any(
                q.kind == _KEYWORD_ONLY and q.name in p.keywords
                for q in new_params):
            param = param.replace(kind=_KEYWORD_ONLY)
        new_params.append(param)
    return sig.replace(parameters=new_params)


def _class_lookup(cls, name):
    for base in cls.__mro__:
        if name in base.__dict__:
            return base, base.__dict__[name]
    return None, None


def _signature_of_class(obj, follow_wrapped, sigcls):
    # A metaclass __call__ written in Python, then __new__, then __init__.
    _, call = _class_lookup(type(obj), '__call__')
    if isfunction(call):
        return _drop_first(_signature_from_callable(call, follow_wrapped, sigcls))
    new_owner, new = _class_lookup(obj, '__new__')
    init_owner, init = _class_lookup(obj, '__init__')
    if isinstance(new, staticmethod):
        new = new.__func__
    if isfunction(new) and (not isfunction(init) or
                            obj.__mro__.index(new_owner) <= obj.__mro__.index(init_owner)):
        return _drop_first(_signature_from_callable(new, follow_wrapped, sigcls))
    if isfunction(init):
        return _drop_first(_signature_from_callable(init, follow_wrapped, sigcls))
    if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
        return sigcls([])
    raise ValueError('no signature found for builtin type %r' % (obj,))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None,
              eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


class FullArgSpec(tuple):
    """FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations)"""

    _fields = ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs',
               'kwonlydefaults', 'annotations')

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'FullArgSpec(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._fields, self))

    args = property(lambda self: self[0])
    varargs = property(lambda self: self[1])
    varkw = property(lambda self: self[2])
    defaults = property(lambda self: self[3])
    kwonlyargs = property(lambda self: self[4])
    kwonlydefaults = property(lambda self: self[5])
    annotations = property(lambda self: self[6])


def getfullargspec(func):
    """Get the names and default values of a callable object's
    parameters."""
    try:
        sig = _signature_from_callable(func, follow_wrapped=False,
                                       skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults or None,
                       kwonlyargs, kwdefaults or None, annotations)


# --- The call stack (frame objects are snapshots in Ouro: see sys._getframe).

def isframe(object):
    """Return true if the object is a frame object."""
    return type(object).__name__ == "frame" and hasattr(object, "f_back")


def currentframe():
    """The caller's frame object."""
    return sys._getframe(1)


def getfile(object):
    """The file an object was defined in."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        raise TypeError("{!r} is a built-in class".format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object "
                    "was expected, got {}".format(type(object).__name__))


def getsourcefile(object):
    """The file an object was defined in, when it is a Python source file."""
    filename = getfile(object)
    return filename if filename.endswith(".py") else None


class Traceback(tuple):
    """(filename, lineno, function, code_context, index) of a frame."""

    _fields = ("filename", "lineno", "function", "code_context", "index")

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = tuple.__new__(cls, (filename, lineno, function, code_context, index))
        instance.positions = positions
        return instance

    filename = property(lambda self: self[0])
    lineno = property(lambda self: self[1])
    function = property(lambda self: self[2])
    code_context = property(lambda self: self[3])
    index = property(lambda self: self[4])

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, code_context={!r}, "
                "index={!r}, positions={!r})".format(*self, self.positions))


class FrameInfo(tuple):
    """(frame, filename, lineno, function, code_context, index)."""

    _fields = ("frame", "filename", "lineno", "function", "code_context", "index")

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = tuple.__new__(cls, (frame, filename, lineno, function, code_context, index))
        instance.positions = positions
        return instance

    frame = property(lambda self: self[0])
    filename = property(lambda self: self[1])
    lineno = property(lambda self: self[2])
    function = property(lambda self: self[3])
    code_context = property(lambda self: self[4])
    index = property(lambda self: self[5])

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(*self, self.positions))


def _context(filename, lineno, context):
    if context <= 0:
        return None, None
    import _traceback
    start = max(lineno - (context - 1) // 2, 1)
    lines = []
    for n in range(start, start + context):
        text = _traceback.source_line(filename, n)
        if not text and n > lineno:
            break
        lines.append(text.rstrip("\n") + "\n")
    if not any(line.strip() for line in lines):
        return None, None
    return lines, lineno - start


def getframeinfo(frame, context=1):
    """A Traceback tuple for a frame (or traceback entry)."""
    if hasattr(frame, "tb_lineno"):
        lineno = frame.tb_lineno
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = frame.f_code.co_filename
    lineno = frame.f_lineno
    lines, index = _context(filename, lineno, context)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """FrameInfo for `frame` and each of its callers, innermost first."""
    result = []
    while frame:
        info = getframeinfo(frame, context)
        result.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return result


def stack(context=1):
    """FrameInfo for the caller and each frame above it."""
    return getouterframes(sys._getframe(1), context)

