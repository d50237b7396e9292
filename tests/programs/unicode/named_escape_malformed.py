# A \N escape without its braces is malformed.
print("never printed")
s = "caf\u00e9 \N"
