# A missing int key: the message is the key's repr.
d = {1: 'one'}
d[2]
