"""What an update will change, as text lines (command line) and as plain data (GUI)."""

from __future__ import annotations

from collections.abc import Iterator

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.updates.service import PreparedUpdate
from iurc_desktop.services.updates.staging import Names

SHOWN_PER_LIST = 12


def display_name(names: Names, record_id: str, lang: Lang = Lang.EN) -> str:
    return names.get(lang.value) or names.get("en") or next(iter(names.values()), "") or record_id


def preview_lines(update: PreparedUpdate, lang: Lang = Lang.EN) -> Iterator[str]:
    installed = update.installed
    frm = f"{installed.version} ({installed.date})" if installed else "no catalogue"
    yield f"bundle {update.source_name}: catalogue {update.manifest.version} ({update.manifest.date})"
    yield f"signed by key {update.key_id} ({update.key_origin}); installed now: {frm}"
    if update.diff.empty:
        yield "no record changes"
        return
    for kind, changes in sorted(update.diff.kinds.items(), key=lambda kv: kv[0].value):
        n = changes.counts
        counts = f"+{n['added']} added, ~{n['changed']} changed, -{n['removed']} removed"
        yield f"{kind.value}: {counts}"
        for sign, change in (("+", "added"), ("~", "changed"), ("-", "removed")):
            items: list[tuple[str, Names]] = getattr(changes, change)
            for record_id, names in items[:SHOWN_PER_LIST]:
                yield f"  {sign} {display_name(names, record_id, lang)} [{record_id}]"
            if n[change] > SHOWN_PER_LIST:
                yield f"  {sign} … and {n[change] - SHOWN_PER_LIST} more"
