#!/usr/bin/python3
"""Validates a SARIF file against the SARIF 2.1.0 JSON schema (draft 4).

  validate_sarif.py SCHEMA FILE"""
import json
import sys

import jsonschema

with open(sys.argv[1]) as f:
    schema = json.load(f)
with open(sys.argv[2]) as f:
    doc = json.load(f)
errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(doc),
                key=lambda e: list(e.path))
for e in errors:
    print("invalid at /%s: %s" % ("/".join(map(str, e.path)), e.message))
if errors:
    sys.exit(1)
print("valid SARIF %s: %d results" % (doc["version"],
                                      len(doc["runs"][0]["results"])))
