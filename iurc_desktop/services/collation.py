"""Alphabetical order as each language's readers expect it, the same in the GUI, the CLI and the packs.

- English and Portuguese: the Unicode Collation Algorithm (pyuca, the DUCET table), so accents sort in place
  (Málaga before Murcia, Évora among the Es) and case does not split the list.
- Chinese: by Hanyu Pinyin (pypinyin, with its phrase table so 重庆 is chong-qing), tone as the tie-break, then
  the characters: 北京 before 长春 before 成都. Latin names in a Chinese list sort among the pinyin.

Both libraries are pure Python and load on first use (about 0.2 s each), never at start-up. Keys are cached in a
`Collation`: a list re-sorts on every keystroke of its filter. Each `AppContext` makes one, kept in its data folder's
cache and passed to what sorts (the catalogue service carries it to pages, packs and the GUI's lists); code with no
data folder (tests, a catalogue service made on its own) sorts with a plain in-memory one.
"""

from __future__ import annotations

import functools
import struct
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from iurc_desktop.domain.lang import Lang

if TYPE_CHECKING:
    from pyuca import Collator

    from iurc_desktop.storage.sort_key_store import SortKeyStore, StoredKey

T = TypeVar("T")
SortKey = tuple[Any, ...]
MAX_KEPT = 250_000  # keys held in memory per language: a 100,000-record catalogue's titles, with room to spare


class Collation:
    """Alphabetical order for one run of the app (its `AppContext`), or for code that has no data folder (a plain
    in-memory instance, no store). Keys by language and text are computed once per run, and kept between runs in
    a `SortKeyStore` (the cache folder) so that a start, or a switch of language, re-sorts a long list without
    loading the tables."""

    def __init__(self, store: SortKeyStore | None = None) -> None:
        self.keys: dict[Lang, dict[str, SortKey]] = {lang: {} for lang in Lang}
        self.unsaved: dict[Lang, dict[str, StoredKey]] = {lang: {} for lang in Lang}
        self.store = store
        self.lock = threading.Lock()  # the opening worker and the GUI thread both sort

    @classmethod
    def kept_in(cls, cache_dir: Path) -> Collation:
        """Keys kept between runs in the data folder's cache. The file is named by the app's version: each release
        pins pyuca and pypinyin (the lock files), so a release that changes them starts a new file. (Asking
        importlib.metadata for their versions would cost a start ~25 ms of imports: email, socket, calendar.)"""
        from iurc_desktop import __version__
        from iurc_desktop.storage.sort_key_store import SortKeyStore

        return cls(SortKeyStore(cache_dir / f"sort-keys-{__version__}.sqlite3"))

    def key(self, text: str, lang: Lang) -> SortKey:
        """A key that orders `text` for readers of `lang`."""
        known = self.keys[lang].get(text)
        if known is None:
            weights, syllables = _computed(text, lang)
            known = _key(text, weights, syllables)
            with self.lock:
                if len(self.keys[lang]) < MAX_KEPT:
                    self.keys[lang][text] = known
                    self.unsaved[lang][text] = (weights, syllables)
        return known

    def prime(self, texts: Iterable[str], lang: Lang) -> None:
        """Reads the keys of these texts kept from earlier runs, in one query, before a list is sorted."""
        store = self.store
        if store is None:
            return
        known = self.keys[lang]
        missing = [text for text in texts if text not in known]
        if missing:
            found = store.load(lang.value, missing)
            with self.lock:
                for text, (weights, syllables) in found.items():
                    known[text] = _key(text, weights, syllables)

    def sorted_by(self, items: Iterable[T], text: Callable[[T], str], lang: Lang, reverse: bool = False) -> list[T]:
        listed = list(items)
        self.prime((text(item) for item in listed), lang)
        return sorted(listed, key=lambda item: self.key(text(item), lang), reverse=reverse)

    def save(self) -> None:
        """Keeps the keys computed in this run for the next (cheap when there are none)."""
        store = self.store
        if store is None:
            return
        for lang in Lang:
            with self.lock:
                new, self.unsaved[lang] = self.unsaved[lang], {}
            store.save(lang.value, new)

    def close(self) -> None:
        """At the end of the run: its keys saved and the store's file let go (a sort after this keeps its keys in
        memory only, so nothing reopens the file)."""
        self.save()
        store, self.store = self.store, None
        if store is not None:
            store.close()


@functools.cache
def _collator() -> Collator:
    from pyuca import Collator

    return Collator()


def _computed(text: str, lang: Lang) -> StoredKey:
    weights = tuple(_collator().sort_key(text if lang is not Lang.ZH else _pinyin(text)))
    if lang is not Lang.ZH:
        return weights, None
    from pypinyin import Style, lazy_pinyin

    return weights, tuple(lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True))


def _pinyin(text: str) -> str:
    from pypinyin import lazy_pinyin

    return " ".join(lazy_pinyin(text))


def _key(text: str, weights: tuple[int, ...], syllables: tuple[str, ...] | None) -> SortKey:
    # the weights packed big-endian, 32 bits each: bytes compare in C as the tuple would, element by element (a
    # 15,000-row list re-sorts on a language switch in half the time)
    packed = struct.pack(f">{len(weights)}I", *weights)
    return (packed, text) if syllables is None else (packed, syllables, text)


def warm(lang: Lang) -> None:
    """Loads the collation tables `lang` sorts with (pyuca's DUCET, pypinyin's dictionaries for Chinese): about
    0.3 s each on a slow laptop, spent in a worker before the first list is sorted, not in the GUI thread."""
    _computed("a", lang)
