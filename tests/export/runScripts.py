"""Runs exported PyTorch scripts in one Python process (torch is imported once): each file's
printed output is captured; a JSON list of {"out": ..., "error": ...} goes to stdout."""
import contextlib
import io
import json
import sys
import traceback

results = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        source = f.read()
    buffer = io.StringIO()
    error = None
    try:
        with contextlib.redirect_stdout(buffer):
            exec(compile(source, path, "exec"), {"__name__": "__main__", "__file__": path})
    except Exception:  # report it to the test, which names the script
        error = traceback.format_exc()
    results.append({"out": buffer.getvalue(), "error": error})
print(json.dumps(results))
