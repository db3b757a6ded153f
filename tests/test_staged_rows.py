"""How a new catalogue file is written: its text rows, its checks, and the pinyin its index is built with.

The writer spreads texts from the records' plain form and skips per-row foreign-key checks (for speed); these
tests hold it to what the domain codec says, on the real catalogue.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypinyin import lazy_pinyin

from iurc_desktop.domain.codec import texts
from iurc_desktop.domain.lang import LocalText
from iurc_desktop.domain.plain_codec import PlainRecord
from iurc_desktop.domain.records import Place
from iurc_desktop.storage.catalogue_db import DanglingReferences, write_catalogue, write_records
from iurc_desktop.storage.search_text import CJK_RUN, pinyin, to_simplified
from tests.test_search_catalogue import CONTENT


def test_text_rows_are_the_codec_texts_of_each_record_in_order(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.sqlite3"
    write_catalogue(CONTENT, path, {"version": "test"})
    with sqlite3.connect(path) as conn:
        stored = conn.execute("SELECT kind, record_id, field, lang, value FROM record_text ORDER BY rowid").fetchall()
    expected = [
        (record.KIND.value, record.id, field, lang, value)
        for record in CONTENT.all()
        for field, text in texts(record)
        for lang, value in text.to_dict().items()
    ]
    assert stored == expected


def test_a_reference_to_a_missing_record_is_refused_and_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.sqlite3"
    records = [Place("p1", LocalText(en="Here")), Place("p2", LocalText(en="There"), parent="nowhere")]
    with pytest.raises(DanglingReferences) as refused:
        write_records(path, map(PlainRecord.of, records), {"version": "test"})
    assert refused.value.params == {"source": "place:p2", "target": "place:nowhere"}
    assert not path.exists()


def test_a_record_named_after_a_later_one_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.sqlite3"
    records = [Place("p2", LocalText(en="There"), parent="p1"), Place("p1", LocalText(en="Here"))]
    assert write_records(path, map(PlainRecord.of, records), {"version": "test"})
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT src_id, dst_id FROM record_link").fetchall() == [("p2", "p1")]
        indexes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_text_record", "ix_link_src", "ix_link_dst", "ix_record_kind_sort"} <= indexes


def test_pinyin_read_word_by_word_is_what_pypinyin_reads_for_the_whole_name() -> None:
    runs = {
        run
        for record in CONTENT.all()
        for _path, text in texts(record)
        for value in text.all_values()
        for run in CJK_RUN.findall(to_simplified(value))
    }
    assert len(runs) > 1000
    for run in runs:
        whole = [syllable for syllable in lazy_pinyin(run, errors="ignore") if syllable.isascii()]
        spoken = pinyin(run)
        assert (spoken.syllables.split() if spoken else []) == whole, run
