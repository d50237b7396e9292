# An enum-like metaclass building members of int and str subclasses that
# carry attributes (_name_, _value_) and a mixin's methods.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith('_') and not callable(v)}
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = []
        for k, v in members.items():
            base = bases[0] if bases and bases[0] in (int, str) else None
            m = base.__new__(cls, v) if base else object.__new__(cls)
            m._name_ = k
            m._value_ = v
            setattr(cls, k, m)
            cls._members.append(m)
        return cls
    def __iter__(cls): return iter(cls._members)
    def __len__(cls): return len(cls._members)
    def __getitem__(cls, name): return getattr(cls, name)
class Mixin:
    def describe(self): return f'{type(self).__name__}.{self._name_}={self._value_!r}'
class Color(int, Mixin, metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    def __repr__(self): return f'<Color.{self._name_}: {int(self)}>'
class Shade(str, Mixin, metaclass=EnumMeta):
    DARK = 'dark'
    LIGHT = 'light'
print(list(Color), len(Color), Color['GREEN'], Color.RED + 1, Color.RED == 1, Color.GREEN.describe())
print(list(Shade), Shade.DARK.upper(), Shade.LIGHT.describe(), Shade.DARK == 'dark', isinstance(Shade.DARK, str))
print(sorted(Shade.DARK.__dict__), hash(Shade.DARK) == hash('dark'), {Shade.DARK: 1}['dark'])
