# A string literal without its closing quote.
print('fine')
s = 'no end
print(s)
