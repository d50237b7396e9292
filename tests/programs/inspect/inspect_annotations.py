# inspect/typing: annotations of def statements in signatures and get_type_hints.
import inspect
from typing import List, Optional, get_type_hints
def f(a: int, b: 'str' = 'x', *args: float, c: Optional[List[int]] = None, **kw: dict) -> List[str]:
    pass
print(inspect.signature(f))
print(inspect.signature(f).parameters['c'].annotation)
print(get_type_hints(f))
class K:
    def m(self, x: 'K') -> 'K': pass
print(get_type_hints(K.m), inspect.signature(K.m))
print(inspect.getfullargspec(f).annotations)
