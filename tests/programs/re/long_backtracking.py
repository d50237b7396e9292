# Long subjects with heavy backtracking: the matcher falls back from the JIT's
# small stack to the interpreter instead of failing.
import re
s = 'ab' * 50000
print(re.search(r'(?:(a)|b)*c', s[:3000]), len(re.findall(r'(a|b)*?', s[:1000])), re.fullmatch(r'(?:a|b)*', s) is not None)
print(re.search(r'(a|b)+$', s).span())
