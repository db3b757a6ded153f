#!/usr/bin/env python3
"""Resolve a git merge conflict in the Qt Linguist catalogues: the union of both sides' messages.

    .venv/bin/python scripts/merge_ts.py && .venv/bin/python scripts/update_translations.py

For each conflicted `translations/*.ts`, reads the two sides from git's index (stages 2 and 3), keeps every
message either side has (a finished translation beats an unfinished one; where both are finished and differ,
ours wins), and writes the file; lupdate then drops what the code no longer uses and lrelease compiles.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def side(path: str, stage: int) -> ET.Element:
    raw = subprocess.run(["git", "show", f":{stage}:{path}"], cwd=ROOT, capture_output=True, check=True).stdout
    return ET.fromstring(raw)


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None and bool((translation.text or "").strip())


def merge(ours: ET.Element, theirs: ET.Element) -> ET.Element:
    contexts: dict[str, ET.Element] = {c.findtext("name") or "": c for c in ours.iter("context")}
    for context in theirs.iter("context"):
        name = context.findtext("name") or ""
        target = contexts.get(name)
        if target is None:
            ours.append(context)
            contexts[name] = context
            continue
        known = {m.findtext("source"): m for m in target.iter("message")}
        for message in context.iter("message"):
            mine = known.get(message.findtext("source"))
            if mine is None:
                target.append(message)
            elif not finished(mine) and finished(message):
                target.remove(mine)
                target.append(message)
    return ours


def main() -> int:
    conflicted = subprocess.run(
        ["git", "diff", "--name-only", "--diff-filter=U"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    for path in (p for p in conflicted if p.endswith(".ts")):
        merged = merge(side(path, 2), side(path, 3))
        text = ET.tostring(merged, encoding="unicode")
        (ROOT / path).write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8"
        )
        subprocess.run(["git", "add", path], cwd=ROOT, check=True)
        print(f"merged {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
