# Escape sequences in string literals, and their reprs.
print('tab:\tend')
print('newline:\nsecond line')
print('backslash: \\ quote: \' dquote: \"')
print('\x41\x42\x43', '\101\102', '\u00e9t\u00e9')
print(len('\n'), len('\\n'), len('\x00'), len('\u00e9'))
print(repr('a\nb'), repr('tab\there'), repr('\x00\x7f'), repr('\\'))
print(r'raw \n stays', R'\t too')
print(len(r'\n'))
print('line \
continues')
