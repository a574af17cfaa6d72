#!/usr/bin/env python3
"""Compare two pg_dump --schema-only files object by object.

usage: schema_diff.py LABEL_A DUMP_A LABEL_B DUMP_B

pg_dump heads every object with a comment "-- Name: N; Type: T; Schema: S;
Owner: O".  Each such block is one object, named "T S.N"; the dump's order
(which may differ for the same objects) does not matter.  Prints the objects
only one dump has, and a unified diff of each object whose definition differs;
exits 1 when there is any difference, 0 when none.
"""
import collections
import difflib
import re
import sys

HEADER = re.compile(r"^-- Name: (.*); Type: (.*); Schema: (.*?);( Owner: .*)?$")


def objects(path):
    """Map "TYPE schema.name" to the sorted list of its blocks' texts."""
    blocks = collections.defaultdict(list)
    key, lines = None, []

    def flush():
        if key is not None:
            # the blank comment lines around the header are pg_dump's frame
            text = "\n".join(l for l in lines if l not in ("--", "")).strip()
            blocks[key].append(text)

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = HEADER.match(line)
            if m:
                flush()
                name, kind, schema = m.group(1), m.group(2), m.group(3)
                key = f"{kind} {name}" if schema == "-" else f"{kind} {schema}.{name}"
                lines = []
            elif key is not None:
                # session settings and pg_dump's \restrict key (random in
                # every dump) are not part of any object
                if not line.startswith(("SET ", "SELECT pg_catalog.set_config(",
                                        "\\restrict ", "\\unrestrict ")):
                    lines.append(line)
    flush()
    return {k: sorted(v) for k, v in blocks.items()}


def main():
    label_a, path_a, label_b, path_b = sys.argv[1:5]
    a, b = objects(path_a), objects(path_b)
    differ = 0
    for key in sorted(a.keys() - b.keys()):
        print(f"only in {label_a}: {key}")
        differ += 1
    for key in sorted(b.keys() - a.keys()):
        print(f"only in {label_b}: {key}")
        differ += 1
    for key in sorted(a.keys() & b.keys()):
        if a[key] != b[key]:
            print(f"differs: {key}")
            text_a = "\n\n".join(a[key]).splitlines()
            text_b = "\n\n".join(b[key]).splitlines()
            for line in difflib.unified_diff(text_a, text_b, label_a, label_b, lineterm=""):
                print("    " + line)
            differ += 1
    print(f"{len(a.keys() | b.keys())} objects compared, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
