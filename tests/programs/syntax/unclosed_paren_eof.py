# A parenthesis still open at the end of the file.
print('a',
