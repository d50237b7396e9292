# `from __future__ import x` binds x (a _Feature) after the compiler has
# accepted it, and the __future__ module is importable like any other.
from __future__ import annotations, generator_stop as gs
import __future__

print(annotations, gs)
print(annotations.getOptionalRelease(), annotations.getMandatoryRelease())
print(__future__.division.compiler_flag, __future__.all_feature_names)
print(__future__.annotations is annotations, sorted(__future__.__all__)[:3])


def f(x: int) -> list[int]:
    return [x]


print(f.__annotations__)
