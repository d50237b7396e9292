# str.split() on ASCII text: every ASCII white space character separates,
# runs of them count once, ends are dropped, NUL and other controls do not
# separate, and maxsplit keeps the rest whole.
text = " ka lo\tmi\nnu\x0bpe\x0cra\rsi\x1cto\x1dvu\x1eze\x1fba  de\x00fi\x01go\x7fhu "
print(text.split())
print(text.split(None, 3), text.split(maxsplit=0), "".split(), "   ".split())
print("a\x85b c".split(), "a\u3000b".split())
words = ("kalo mizu peru " * 50).split()
print(len(words), words[:3], words[-1])
