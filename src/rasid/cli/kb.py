"""``rasid kb check [--dir DIR] [--strict]``: validate the knowledge base.

Reports unreadable files, duplicate ids, missing or malformed fields and aliases shared by several
entries; exits 1 when there are errors (or warnings with ``--strict``). ``rasid kb stats`` prints
entry counts per type and file, ``rasid kb lookup NAME`` shows the entries a surface form matches.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from rasid.entities.kb import kb_dir, load_kb, validate


def run_check(args: argparse.Namespace) -> int:
    directory = args.dir or kb_dir()
    kb = load_kb(directory)
    issues = validate(kb)
    errors = [i for i in issues if i.level == "error"]
    warnings = [i for i in issues if i.level != "error"]
    for i in errors + (warnings if not args.quiet else []):
        print(i)
    print(f"{len(kb)} entries in {directory}: {len(errors)} errors, {len(warnings)} warnings", file=sys.stderr)
    if errors or (args.strict and warnings):
        return 1
    return 0


def run_stats(args: argparse.Namespace) -> int:
    kb = load_kb(args.dir or kb_dir())
    by_type = Counter(e.type for e in kb.entries.values())
    by_file = Counter(e.source_file for e in kb.entries.values())
    print(f"{len(kb)} entries, {len(kb.alias_index)} distinct aliases, "
          f"{len(kb.nationality)} nationality forms")
    print("by type: " + ", ".join(f"{k} {v}" for k, v in by_type.most_common()))
    for f, n in sorted(by_file.items()):
        print(f"  {f}: {n}")
    return 0


def run_lookup(args: argparse.Namespace) -> int:
    kb = load_kb(args.dir or kb_dir())
    hits = kb.lookup(args.name)
    nat = kb.nationality_of(args.name)
    for e in hits:
        print(f"{e.id}\t{e.type}\t{e.name}\t{e.en}\t{e.source_file}")
    if nat is not None:
        print(f"nationality adjective of {nat.id} ({nat.en})")
    return 0 if hits or nat else 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kb", help="knowledge base tools (check, stats, lookup)")
    ks = p.add_subparsers(dest="kb_command", metavar="KB_COMMAND")
    c = ks.add_parser("check", help="validate the KB files; exit 1 on errors")
    c.add_argument("--dir", help="KB directory (default: the packaged src/rasid/data/kb)")
    c.add_argument("--strict", action="store_true", help="treat warnings as errors")
    c.add_argument("--quiet", action="store_true", help="print errors only")
    c.set_defaults(func=run_check)
    s = ks.add_parser("stats", help="entry counts per type and file")
    s.add_argument("--dir")
    s.set_defaults(func=run_stats)
    look = ks.add_parser("lookup", help="entries whose alias matches NAME")
    look.add_argument("name")
    look.add_argument("--dir")
    look.set_defaults(func=run_lookup)
    p.set_defaults(func=lambda a: (p.print_help(), 2)[1])
