# Which name "Did you mean" picks, through sys.excepthook (the printer the
# interpreter uses): case changes cost less than other edits, a candidate
# must be within a third of the characters, the first of equals wins,
# long names are not searched, locals come before globals and builtins.
import math
import sys


def show(fn):
    try:
        fn()
    except (AttributeError, NameError) as e:
        sys.excepthook(type(e), e, None)


class Config:
    verbose = True
    Verbose = False
    timeout = 5
    timeouts = [1, 2]
    retry_limit = 3
    a_very_long_attribute_name_that_goes_past_the_limit = 1


c = Config()
show(lambda: c.verbos)
show(lambda: c.VERBOSE)
show(lambda: c.timeot)
show(lambda: c.timeoutss)
show(lambda: c.retrylimit)
show(lambda: c.xyz)
show(lambda: c.a_very_long_attribute_name_that_goes_past_the_limi)
show(lambda: c.a_very_long_attribute_name_that_goes_past_the_limit_x)
show(lambda: math.sqr)
show(lambda: math.PI)
show(lambda: [].apend)
show(lambda: 'text'.uper)
show(lambda: lenn([]))
show(lambda: prnt)
show(lambda: Config.verbse)


def scoped():
    counter = 1
    return countr


countr_global = 2
show(scoped)
show(lambda: countr_globl)


class Dir:
    def __dir__(self):
        return ['alpha', 'beta']


show(lambda: Dir().alpah)


class BadDir:
    def __dir__(self):
        raise RuntimeError('no dir')


show(lambda: BadDir().anything)


class Secret:
    def __dir__(self):
        return [1, 'value']


show(lambda: Secret().valeu)
