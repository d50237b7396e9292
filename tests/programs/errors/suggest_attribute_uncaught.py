# An uncaught AttributeError whose name is close to an existing attribute
# ends with "Did you mean"; the traceback module's text does not (3.11).
import traceback


class Account:
    def __init__(self):
        self.balance = 10


acct = Account()
try:
    acct.balanse
except AttributeError:
    print(traceback.format_exc().splitlines()[-1])
print(acct.Balance)
