import textwrap
text = """\
    Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod
    tempor incididunt ut labore et dolore magna aliqua.  Ut enim ad minim veniam,
\tquis nostrud exercitation ullamco-laboris nisi ut aliquip ex ea commodo.
"""
print(textwrap.dedent(text))
print(repr(textwrap.dedent("  a\n    b\n  \n  c")), repr(textwrap.dedent("\ta\n  b")), repr(textwrap.dedent(" x\n\t\n y\n")))
print(repr(textwrap.dedent("    hello\n  \t\n      world\n")), repr(textwrap.dedent("")), repr(textwrap.dedent("no indent\n  here")))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=40, initial_indent='> ', subsequent_indent='| '))
for w in textwrap.wrap(text, 25, max_lines=3, placeholder=' ...'):
    print(repr(w))
print(textwrap.shorten("Hello  world!   How are you today?", width=20))
print(textwrap.shorten("Hello world!", width=12), textwrap.shorten("Hello world!", width=11))
print(textwrap.indent("a\n\n  b\nc\n", '+ '), end='')
print(textwrap.indent("a\n\nb", '> ', lambda line: True))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 5), textwrap.wrap("abcdefghij-klmnop", 8))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz and more", 5, break_long_words=False))
print(textwrap.wrap("one two  three\tfour", 9, expand_tabs=False, replace_whitespace=False, drop_whitespace=False))
print(textwrap.wrap("The end. Next one! Really? Yes.", 15, fix_sentence_endings=True))
print(textwrap.wrap("a-b-c-d e--f well-known-thing", 6), textwrap.wrap("x" * 10, 3, break_on_hyphens=False))
w = textwrap.TextWrapper(width=12, tabsize=4)
print(w.wrap("\tindented\ttabs here"), w.fill("some words to fill the lines"))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("  leading", 20))
for args in [(0,), (5,)]:
    try:
        print(textwrap.wrap("hello world", args[0], max_lines=1, placeholder=' [.........]'))
    except ValueError as e:
        print('ValueError:', e)
