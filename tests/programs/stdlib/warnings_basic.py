# warnings: warn with categories and stacklevel, the filter actions,
# catch_warnings(record=True), formatwarning and the printed form.
import warnings, sys
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("as instance"))
    for m in w:
        print(m.category.__name__, m.message, type(m.message).__name__, m.lineno, m.filename == __file__)
    print(len(w), str(w[1]).replace(__file__, "HERE"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    print("default shows once per location:", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("hidden")
    warnings.warn("shown", RuntimeWarning)
    print([str(m.message) for m in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="noisy")
    warnings.warn("noisy thing")
    warnings.warn("quiet thing")
    print([str(m.message) for m in w])
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "x = 1"), end="")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api()
    print(w[0].category is DeprecationWarning, w[0].lineno)
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print(e)
class Out:
    def write(self, s): print("[stderr]", s.replace(__file__, "HERE"), end="")
sys.stderr = Out()
warnings.warn("printed warning")
warnings.warn("printed warning")
sys.stderr = sys.__stderr__
print(warnings.filters[0][0] if warnings.filters else None)
