from array import array
a = array('h', [1, 2])
a.append(70000)
