# A triple-quoted string that never ends.
s = """starts here
and goes on
