# A string index past the end.
s = 'abc'
print(s[10])
