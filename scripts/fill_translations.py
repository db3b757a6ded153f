#!/usr/bin/env python3
"""Fill unfinished Qt Linguist messages from a JSON file of {source: {"zh": …, "pt": …}}.

    .venv/bin/python scripts/fill_translations.py NEW.json
    .venv/bin/python scripts/fill_translations.py --list        # print the unfinished sources as JSON

Run `scripts/update_translations.py` first (it adds the new sources) and again after (it compiles).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = {"zh": ROOT / "translations" / "iurc_desktop_zh_CN.ts", "pt": ROOT / "translations" / "iurc_desktop_pt_PT.ts"}


def unfinished(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [
        m.findtext("source") or ""
        for m in root.iter("message")
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    ]


def fill(path: Path, lang: str, table: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is not None and translation.get("type") == "unfinished" and lang in table.get(source, {}):
            translation.text = table[source][lang]
            del translation.attrib["type"]
            filled += 1
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    return filled


def main() -> int:
    if sys.argv[1:] == ["--list"]:
        sources = sorted({s for p in FILES.values() for s in unfinished(p)})
        print(json.dumps({s: {"zh": "", "pt": ""} for s in sources}, ensure_ascii=False, indent=1))
        return 0
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for lang, path in FILES.items():
        print(f"{path.name}: {fill(path, lang, table)} filled, {len(unfinished(path))} still unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
