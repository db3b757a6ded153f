"""Collation keys kept between runs: the same order from the cache as computed, no tables loaded on a cache hit,
and a damaged or unwritable cache is only a slower sort."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.collation import Collation
from iurc_desktop.storage.sort_key_store import SortKeyStore

NAMES = {
    Lang.EN: ["Murcia", "Málaga", "évora", "Évora", "Zhengzhou", "Bari", "'s-Hertogenbosch", "Łódź"],
    Lang.PT: ["Évora", "Aveiro", "Águeda", "Óbidos", "Oeiras", "Pequim"],
    Lang.ZH: ["成都", "北京", "长春", "重庆", "Bari 巴里", "扬州", "汕头"],
}


def cache_on(path: Path) -> Collation:
    return Collation(SortKeyStore(path))


@pytest.mark.parametrize("lang", list(Lang))
def test_keys_read_back_order_as_the_computed_ones(tmp_path: Path, lang: Lang) -> None:
    first = cache_on(tmp_path / "keys.sqlite3")
    computed = sorted(NAMES[lang], key=lambda text: first.key(text, lang))
    first.save()
    second = cache_on(tmp_path / "keys.sqlite3")
    second.prime(NAMES[lang], lang)
    assert set(second.keys[lang]) == set(NAMES[lang])  # every key came from the file
    assert sorted(NAMES[lang], key=lambda text: second.key(text, lang)) == computed
    assert [second.keys[lang][t] for t in NAMES[lang]] == [first.keys[lang][t] for t in NAMES[lang]]


def test_a_chinese_list_keeps_its_pinyin_order(tmp_path: Path) -> None:
    cache = cache_on(tmp_path / "keys.sqlite3")
    cache.prime(NAMES[Lang.ZH], Lang.ZH)
    ordered = sorted(["成都", "北京", "长春"], key=lambda text: cache.key(text, Lang.ZH))
    assert ordered == ["北京", "长春", "成都"]


def test_a_damaged_cache_is_only_a_slower_sort(tmp_path: Path) -> None:
    path = tmp_path / "keys.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    cache = cache_on(path)
    cache.prime(NAMES[Lang.PT], Lang.PT)  # nothing read, no error
    assert sorted(NAMES[Lang.PT], key=lambda text: cache.key(text, Lang.PT))[:2] == ["Águeda", "Aveiro"]
    cache.save()  # nothing written, no error


def test_garbled_rows_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "keys.sqlite3"
    store = SortKeyStore(path)
    store.save("zh", {"北京": ((1, 2, 3), ("bei3", "jing1"))})
    conn = store._connection()
    assert conn is not None
    conn.execute("UPDATE sort_key SET weights = x'010203', syllables = '{\"not\": \"a list\"}'")
    assert store.load("zh", ["北京"]) == {}
    store.close()


def test_an_unusable_cache_folder_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")  # mkdir fails as it would on a read-only disk
    cache = cache_on(blocked / "keys.sqlite3")
    assert cache.key("Bari", Lang.EN) == cache.key("Bari", Lang.EN)
    cache.prime(["Murcia"], Lang.EN)
    cache.save()


def test_a_start_on_kept_keys_loads_no_collation_tables(tmp_path: Path) -> None:
    names = NAMES[Lang.ZH] + NAMES[Lang.EN]
    collation = Collation.kept_in(tmp_path)  # this run's keys, not those other tests computed
    computed = {lang: collation.sorted_by(names, str, lang) for lang in (Lang.ZH, Lang.EN)}
    collation.close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from iurc_desktop.domain.lang import Lang\n"
        "from iurc_desktop.services.collation import Collation\n"
        f"collation = Collation.kept_in(Path({str(tmp_path)!r}))\n"
        f"names = {names!r}\n"
        "for lang in (Lang.ZH, Lang.EN):\n"
        "    print('|'.join(collation.sorted_by(names, str, lang)))\n"
        "print('pyuca' in sys.modules, 'pypinyin' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0].split("|") == computed[Lang.ZH] and out[1].split("|") == computed[Lang.EN]
    assert out[2] == "False False"  # both orders came from the kept keys


def test_hostile_texts_sort_and_are_simply_not_kept(tmp_path: Path) -> None:
    cache = cache_on(tmp_path / "keys.sqlite3")
    hostile = ["Bari\ud800", "nul\x00name", "Évora"]
    assert len(sorted(hostile, key=lambda text: cache.key(text, Lang.PT))) == 3  # they sort, without an error
    cache.save()  # a lone surrogate cannot be stored: logged, not raised
    again = cache_on(tmp_path / "keys.sqlite3")
    again.prime(hostile, Lang.PT)  # and cannot be looked up: no error either
