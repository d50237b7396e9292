# Every way to quote a string.
print('single', "double")
print('''triple single''', """triple double""")
print("it's", 'say "hi"')
print('''a 'quoted' "mix"''')
text = """line one
line two
line three"""
print(text)
print(len(text))
print(repr('plain'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print('' == "", len(''))
