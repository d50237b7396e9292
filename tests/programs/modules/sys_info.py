# sys: version_info, float_info, flags, int_info as struct sequences;
# builtin_module_names; getdefaultencoding.
import sys
v = sys.version_info
print(v[:2], v.major, v.minor, v.releaselevel, v.serial, len(v), type(v.micro).__name__)
print(v >= (3, 11), v < (4,), v[0] == v.major, isinstance(v, tuple), tuple(v)[3])
major, minor, *rest = v
print(major, minor, len(rest))
print(repr(v).startswith("sys.version_info(major=3, minor=11, micro="))
print(sys.hexversion >> 16 == 0x030B, type(sys.implementation.name).__name__)
f = sys.float_info
print(f)
print(f.max, f.epsilon, f.mant_dig, f.dig, f.radix, f[0] == f.max, len(f))
print(f.max * 2, f.min / 2 > 0)
fl = sys.flags
print(fl.debug, fl.optimize, fl.verbose, fl.quiet, fl.isolated, fl.dev_mode, len(fl))
print(fl.int_max_str_digits, fl.safe_path, fl.inspect)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
names = sys.builtin_module_names
print(type(names).__name__, "sys" in names, "builtins" in names, "gc" in names, "time" in names)
print(list(names) == sorted(names), "nosuch" in names)
print(sys.getdefaultencoding())
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
try:
    sys.getdefaultencoding(1)
except TypeError as e:
    print(e)
