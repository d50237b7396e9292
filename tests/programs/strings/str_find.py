# count/find/index with start and end, replace, translate/maketrans.
s = "abracadabra"
print(s.count("a"), s.count("a", 1), s.count("a", 1, -1), s.count(""), s.count("", 3, 5),
      s.count("bra", -4), s.count("x"), "".count(""), s.count("", 20))
print(s.find("bra"), s.find("bra", 2), s.find("bra", 2, 9), s.rfind("bra"), s.rfind("bra", 0, 10),
      s.find(""), s.find("", 11), s.find("", 12), s.rfind(""), s.find("a", -3), s.rfind("a", -5, -1))
print(s.index("c"), s.rindex("a"), s.find("a", None, None), s.find("a", 100))
for f in [lambda: s.index("x"), lambda: s.rindex("x", 5), lambda: s.find()]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("", "-", 3),
      s.replace("abra", ""), "aaa".replace("a", "aa", -1))
u = "héllo wörld"
print(u.find("ö"), u.index("w"), u.count("l"), u.rfind("l"), u.replace("ö", "o"), u[4:9])
t = str.maketrans("abc", "xyz", "r")
print(sorted(t.items()), s.translate(t))
print(s.translate({97: None, 98: "BB", ord("c"): 67}), "héé".translate({ord("é"): "e"}))
print(sorted(str.maketrans({"a": "1", "b": None}).items()), str.maketrans("", "", "xy"))
for f in [lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
          lambda: str.maketrans(1), lambda: "a".translate({97: 1.5})]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("é" in u, "wö" in u, "" in u, u.startswith("hé"), u.endswith("rld"))
