import binascii
print(binascii.unhexlify('00ff'))
binascii.unhexlify('abc')
