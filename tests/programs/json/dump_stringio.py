# dump and load with io.StringIO.
import io, json
buf = io.StringIO()
json.dump({'a': [1, 2]}, buf, indent=1)
print(buf.getvalue())
print(json.load(io.StringIO('[1, {"b": null}]')))
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
