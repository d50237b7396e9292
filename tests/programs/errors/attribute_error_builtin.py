# A method that a built-in type does not have.
lst = [1, 2]
lst.no_such_method_here()
