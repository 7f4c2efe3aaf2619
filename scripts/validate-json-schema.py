#!/usr/bin/env python3
"""Validates JSON documents against a JSON Schema (draft-07 or later) with the `jsonschema`
package, printing every violation as `FILE: PATH: MESSAGE` and exiting 1 when there is one.

    python3 scripts/validate-json-schema.py Docs/schemas/sarif-schema-2.1.0.json out.sarif
    summarykit audit --format sarif Corpus/texts | python3 scripts/validate-json-schema.py SCHEMA -

Exit status: 0 all documents valid, 1 some are not, 2 usage or unreadable input,
3 the `jsonschema` package is missing (scripts/bootstrap.sh installs it).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate-json-schema: the Python package 'jsonschema' is missing; "
          "run scripts/bootstrap.sh or `python3 -m pip install jsonschema`.", file=sys.stderr)
    sys.exit(3)


def load(path):
    if path == "-":
        return json.load(sys.stdin)
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        schema = load(argv[1])
        documents = [(path, load(path)) for path in argv[2:]]
    except (OSError, ValueError) as error:
        print(f"validate-json-schema: {error}", file=sys.stderr)
        return 2
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    failed = False
    for path, document in documents:
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors:
            where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
            print(f"{path}: {where}: {error.message}")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
