# An uncaught exception of a user-defined class.
class QuotaExceeded(Exception):
    pass
print('working')
raise QuotaExceeded('over the limit')
