"""How a text is prepared for the search index, and a query for it: the same folding on both sides.

- Traditional Chinese is folded to Simplified (OpenCC's `t2s`), so 青島 finds 青岛 and the other way round;
- Chinese names also get toneless pinyin, by syllable, by pairs of syllables and run together ("cheng du",
  "chengdu"), so a delegate without a Chinese keyboard finds 成都 by typing `chengdu` or `cheng du`;
- numbers are read in any of the notations the catalogue's languages use (2,000,000 · 2 000 000 · 2 million ·
  2 milhões · 200万 · 2,5 mil) and indexed as one token of their value ("n2000000"), so each finds the others.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

# Scale words after a number, longest first so "mil milhões" wins over "mil". Values are powers of ten.
_SCALES = {
    "mil milhões": 9,
    "mil milhoes": 9,
    "thousand": 3,
    "thousands": 3,
    "million": 6,
    "millions": 6,
    "milhão": 6,
    "milhao": 6,
    "milhões": 6,
    "milhoes": 6,
    "billion": 9,
    "billions": 9,
    "mil": 3,
    "百万": 6,
    "千万": 7,
    "千": 3,
    "万": 4,
    "亿": 8,
}
_SCALE_WORDS = "|".join(re.escape(word) for word in sorted(_SCALES, key=len, reverse=True))
# Thousands grouped by comma, dot or a (thin, no-break) space: 2,000,000 · 2.000.000 · 2 000 000.
_GROUPED = r"\d{1,3}(?:(?P<sep>[,.\u00a0\u202f ])\d{3})(?:(?P=sep)\d{3})*(?!\d)"
NUMBER = re.compile(
    rf"(?<![A-Za-z\d.,])(?P<int>{_GROUPED}|\d+)(?:[.,](?P<frac>\d+))?"
    rf"(?:\s?(?P<scale>{_SCALE_WORDS})(?![A-Za-zÀ-ÿ]))?",
    re.IGNORECASE,
)
_VOCABULARY_WORD = re.compile(r"(?<![a-z])[a-z]{4,}(?![a-z])")
_DIGIT = re.compile(r"\d")
NUMBER_PREFIX = "n"  # an indexed number token is "n" + its value: no word of any text looks like that


def normalise(text: str) -> str:
    """Case- and accent-folded text, the form names are compared in ("Bacău" → "bacau")."""
    if text.isascii():
        return text.lower()
    return _MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


@functools.cache
def _converter() -> object:
    import opencc  # C++ converter with its dictionaries in the wheel; ~2 ms to load, on first Chinese text

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """`text` with its Traditional characters in their Simplified form (everything else as it was)."""
    if text.isascii() or not CJK_RUN.search(text):
        return text
    converted: str = _converter().convert(text)  # type: ignore[attr-defined]
    return converted


@functools.lru_cache(maxsize=65536)
def _run_syllables(run: str) -> tuple[str, ...]:
    """Syllables of a run of Chinese characters. pypinyin cuts the run into its dictionary words and reads each
    word on its own (its phrase dictionary reads 重庆 as chongqing, not zhongqing), so the cut is done here and
    each word's reading is cached: names are made of few words ("市", "新区", 广州) in endless combinations."""
    from pypinyin.seg.simpleseg import seg  # the cut lazy_pinyin itself makes

    return tuple(itertools.chain.from_iterable(_word_syllables(word) for word in seg(run)))


@functools.lru_cache(maxsize=65536)
def _word_syllables(word: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(syllable for syllable in lazy_pinyin(word, errors="ignore") if syllable.isascii())


@dataclass(frozen=True)
class Pinyin:
    """The toneless pinyin of a Chinese name: 重庆两江新区 → "chong qing liang jiang xin qu"."""

    syllables: str  # spaced, one syllable per character: shown, and matched syllable by syllable
    joined: str  # all run together ("chongqingliangjiangxinqu"): the name's folded form, for exact and prefix
    words: str  # every two neighbouring syllables and each whole run joined, so "liangjiang" or "xinqu" match


def pinyin(text: str) -> Pinyin | None:
    """The pinyin of the Chinese in `text` (None when it has none). No word segmentation is needed: pairs of
    neighbouring syllables cover the two-syllable words most names are made of, as character pairs do."""
    runs = [_run_syllables(run) for run in CJK_RUN.findall(text)]
    runs = [run for run in runs if run]
    if not runs:
        return None
    pairs = [a + b for run in runs for a, b in itertools.pairwise(run)]
    whole = ["".join(run) for run in runs if len(run) > 2]
    return Pinyin(
        " ".join(syllable for run in runs for syllable in run),
        "".join("".join(run) for run in runs),
        " ".join(dict.fromkeys([*pairs, *whole])),
    )


def number_value(match: re.Match[str]) -> Decimal | None:
    digits = re.sub(r"\D", "", match.group("int"))
    frac = match.group("frac") or ""
    scale = match.group("scale")
    try:
        value = Decimal(f"{digits}.{frac}" if frac else digits)
    except InvalidOperation:
        return None
    if scale:
        value = value.scaleb(_SCALES[scale.lower()])
    return value


def number_token(value: Decimal) -> str:
    """ "n2000000" for two million, "n2p5" for 2.5: letters and digits only, one token for FTS5."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return NUMBER_PREFIX + text.replace(".", "p")


def number_tokens(text: str) -> list[str]:
    if not _DIGIT.search(text):
        return []
    tokens = (number_value(m) for m in NUMBER.finditer(text))
    return list(dict.fromkeys(number_token(v) for v in tokens if v is not None))


def fts_columns(text: str, extra: str = "", *, simplified: bool = False) -> tuple[str, str, str]:
    """The (latin, cjk1, cjk2) column texts of one searchable text; `extra` is more Latin text for the same row
    (the pinyin of a name, the value of a key figure). `simplified`: the text's Chinese is already Simplified
    (a name is folded before it is indexed): not converted again, a million times over on a big import."""
    numbers = number_tokens(f"{text} {extra}" if extra else text)
    tail = " ".join([extra, *numbers]) if extra or numbers else ""
    runs = [] if text.isascii() else CJK_RUN.findall(text)
    if not runs:
        return (f"{text} {tail}" if tail else text), "", ""
    if not simplified:
        runs = CJK_RUN.findall(to_simplified(text))
    latin = CJK_RUN.sub(" ", text) + (f" {tail}" if tail else "")
    singles = " ".join("".join(runs))  # single characters are never searched as phrases: runs may touch
    # "0" between runs stops a pair phrase from matching across two runs (queries never contain it).
    pairs = " 0 ".join(" ".join(map(operator.add, run, run[1:])) for run in runs if len(run) > 1)
    return latin, singles, pairs


def vocabulary_words(norm: str) -> list[str]:
    """The words of a folded name worth correcting a typo towards: runs of four or more Latin letters."""
    return _VOCABULARY_WORD.findall(norm)
