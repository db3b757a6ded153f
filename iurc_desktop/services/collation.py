"""Alphabetical order as each language's readers expect it, the same in the GUI, the CLI and the packs.

- English and Portuguese: the Unicode Collation Algorithm (pyuca, the DUCET table), so accents sort in place
  (Málaga before Murcia, Évora among the Es) and case does not split the list.
- Chinese: by Hanyu Pinyin (pypinyin, with its phrase table so 重庆 is chong-qing), tone as the tie-break, then
  the characters: 北京 before 长春 before 成都. Latin names in a Chinese list sort among the pinyin.

Both libraries are pure Python and load on first use (about 0.2 s each), never at start-up. Keys are cached:
a list re-sorts on every keystroke of its filter.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from iurc_desktop.domain.lang import Lang

if TYPE_CHECKING:
    from pyuca import Collator

T = TypeVar("T")
SortKey = tuple[Any, ...]


@functools.cache
def _collator() -> Collator:
    from pyuca import Collator

    return Collator()


@functools.lru_cache(maxsize=250_000)
def sort_key(text: str, lang: Lang) -> SortKey:
    """A key that orders `text` for readers of `lang`."""
    collator = _collator()
    if lang is Lang.ZH:
        from pypinyin import Style, lazy_pinyin

        syllables = lazy_pinyin(text)
        tones = lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)
        return (collator.sort_key(" ".join(syllables)), tuple(tones), text)
    return (collator.sort_key(text), text)


def sorted_by(items: Iterable[T], text: Callable[[T], str], lang: Lang, reverse: bool = False) -> list[T]:
    return sorted(items, key=lambda item: sort_key(text(item), lang), reverse=reverse)


def warm(lang: Lang) -> None:
    """Loads the collation tables `lang` sorts with (pyuca's DUCET, pypinyin's dictionaries for Chinese): about
    0.3 s each on a slow laptop, spent in a worker before the first list is sorted, not in the GUI thread."""
    sort_key("a", lang)
