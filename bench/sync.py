"""Benchmark: import a signed 100k-record data bundle, against a plain-SQLite floor measured in the same run.

    python bench/sync.py --records 100000

Writes a signed bundle of N synthetic records (the real mix of Chinese, Portuguese and English text used
by bench/search.py), then in fresh child processes (so peak RSS is the import's own):
- the import as a delegate runs it: verify signature and hashes while streaming, build the new catalogue
  beside the live one (records, texts, links, search index), compare with the live one, switch with the
  backup API and keep the previous catalogue;
- the floor (issue #14: "insert the same rows and build the same FTS tables with raw SQL in one
  transaction"): every row the import leaves in the catalogue — records, texts, links, the index's names,
  figures and vocabulary, and the same FTS5 rows — inserted into a fresh file with the same schema and the
  same pragmas by `INSERT … SELECT` from a file holding them ready, the secondary indexes made after the rows,
  in one transaction. The ready rows are taken from the import's own catalogue (the FTS rows, which a
  contentless table does not keep, are prepared again by the index's own functions); that is not timed. The
  ratio is then what reading, checking, decoding and preparing the texts adds to SQLite's own work.
- the JSON floor (the floor of earlier versions, second column): read the same records.jsonl lines,
  `executemany` them as (kind, id, data) rows, spread their texts into one row per field and language with
  json_tree and fill two FTS5 tables with the raw texts — it leaves out what the import's index holds beyond
  the raw text (Chinese folded and split into characters and pairs, pinyin, number tokens, the names table).
Prints seconds, the import's peak RSS and the ratios.
Targets: ratio to the floor <= 2x, peak RSS <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search import synthetic_record

from iurc_desktop.services.updates.bundle import write_bundle
from iurc_desktop.services.updates.keys import generate_keypair, load_private_key

IMPORT = """
import sys, time
from pathlib import Path
from iurc_desktop.services.updates.service import UpdateService
from iurc_desktop.storage.paths import DataPaths
service = UpdateService(DataPaths.resolve(sys.argv[1]))
service.keyring.trust(Path(sys.argv[3]))
started = time.perf_counter()
update = service.prepare(Path(sys.argv[2]))
prepared = time.perf_counter()
service.apply(update)
peak = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024  # this process's own peak
print(f"{time.perf_counter() - started:.3f} {prepared - started:.3f} {peak:.0f}")
"""

READY_ROWS = """
import sqlite3, sys
from iurc_desktop.storage import search_build
catalogue, ready = sys.argv[1], sys.argv[2]
conn = sqlite3.connect(ready)
conn.execute("ATTACH ? AS catalogue", (catalogue,))
tables = [name for (name,) in conn.execute(
    "SELECT name FROM catalogue.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    " AND name NOT LIKE 'search_%fts_%'")]
for name in tables:
    conn.execute(f"CREATE TABLE main.{name} AS SELECT * FROM catalogue.{name}")
conn.execute("CREATE TABLE ready_name_fts (id INTEGER, latin, cjk1, cjk2)")
conn.execute("CREATE TABLE ready_body_fts (id INTEGER, latin, cjk1, cjk2)")
number = 0
for _names, fts, _words in map(search_build.prepare_names, search_build._batches(search_build._name_texts(conn))):
    conn.executemany("INSERT INTO ready_name_fts VALUES (?, ?, ?, ?)", ((number := number + 1, *r) for r in fts))
bodies = search_build.body_texts(conn)
for _figures, fts in map(search_build.prepare_bodies, search_build._batches(bodies)):
    conn.executemany("INSERT INTO ready_body_fts VALUES (?, ?, ?, ?)", fts)
conn.commit()
print(",".join(tables))
"""

SAME_ROWS_FLOOR = """
import sqlite3, sys, time
catalogue, ready, dest, tables = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
source = sqlite3.connect(catalogue)
schema = source.execute(
    "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'search_%fts_%'"
).fetchall()
source.close()
started = time.perf_counter()
conn = sqlite3.connect(dest, isolation_level=None)
for pragma in ("synchronous = OFF", "journal_mode = MEMORY", "cache_size = -65536", "foreign_keys = OFF"):
    conn.execute(f"PRAGMA {pragma}")
conn.execute("ATTACH ? AS ready", (ready,))
conn.execute("BEGIN")
for kind, _name, sql in schema:
    if kind == "table":
        conn.execute(sql)
for name in tables:
    conn.execute(f"INSERT INTO main.{name} SELECT * FROM ready.{name}")
for which in ("name", "body"):
    conn.execute(f"INSERT INTO search_{which}_fts (rowid, latin, cjk1, cjk2) SELECT * FROM ready.ready_{which}_fts")
for kind, _name, sql in schema:
    if kind == "index":
        conn.execute(sql)
conn.execute("COMMIT")
conn.close()
print(f"{time.perf_counter() - started:.3f}")
"""

FLOOR = """
import json, sqlite3, sys, time, zipfile
started = time.perf_counter()
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("BEGIN")
fts = "content='', columnsize=0, tokenize='unicode61 remove_diacritics 2'"
for statement in (
    "CREATE TABLE record (kind TEXT, id TEXT, data TEXT, PRIMARY KEY (kind, id))",
    "CREATE TABLE record_text (kind TEXT, record_id TEXT, field TEXT, lang TEXT, value TEXT)",
    f"CREATE VIRTUAL TABLE search_name_fts USING fts5(latin, cjk1, cjk2, {fts})",
    f"CREATE VIRTUAL TABLE search_body_fts USING fts5(latin, cjk1, cjk2, {fts})",
):
    conn.execute(statement)
with zipfile.ZipFile(sys.argv[1]) as archive, archive.open("records.jsonl") as member:
    rows = []
    for line in member:
        entry = json.loads(line)
        rows.append((entry["kind"], entry["record"]["id"], json.dumps(entry["record"], ensure_ascii=False)))
        if len(rows) == 2000:
            conn.executemany("INSERT INTO record VALUES (?, ?, ?)", rows)
            rows = []
    conn.executemany("INSERT INTO record VALUES (?, ?, ?)", rows)
# every text of every record, one row per field and language, as the catalogue keeps them
conn.execute(\"\"\"INSERT INTO record_text SELECT r.kind, r.id, substr(j.path, 3), j.key, j.value
    FROM record r, json_tree(r.data) j WHERE j.type = 'text' AND j.key IN ('en', 'zh', 'pt')\"\"\")
conn.execute("INSERT INTO search_name_fts (rowid, latin) SELECT rowid, value FROM record_text WHERE field = 'name'")
conn.execute("INSERT INTO search_body_fts (rowid, latin) SELECT rowid, value FROM record_text WHERE field != 'name'")
conn.execute("COMMIT")
conn.close()
print(f"{time.perf_counter() - started:.3f}")
"""


def child(code: str, *args: str) -> str:
    """What a fresh Python process running `code` prints."""
    return subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate_keypair(folder / "bench.key")
        rng = random.Random(20261122)
        started = time.perf_counter()
        records = (synthetic_record(rng, i) for i in range(args.records))
        bundle = folder / "bench.iurcdata"
        write_bundle(
            records, {"version": "2099.1", "date": "2099-01-01"}, load_private_key(folder / "bench.key"), bundle
        )
        built = time.perf_counter() - started
        print(
            f"{args.records:,} records; bundle {bundle.stat().st_size / 1e6:.1f} MB written and signed in {built:.1f} s"
        )
        for run in range(args.runs):
            print(json.dumps(one_run(folder, bundle, run)))


def one_run(folder: Path, bundle: Path, run: int) -> dict[str, float]:
    """The JSON floor, the import, then the same-rows floor on what the import wrote, in turn."""
    json_floor = float(child(FLOOR, str(bundle), str(folder / f"floor-{run}.sqlite3")))
    data = folder / f"data-{run}"
    import_out = child(IMPORT, str(data), str(bundle), str(folder / "bench.key.pub"))
    total, prepared, peak_rss = (float(x) for x in import_out.split())
    catalogue, ready = data / "catalogue.sqlite3", folder / f"ready-{run}.sqlite3"
    tables = child(READY_ROWS, str(catalogue), str(ready))
    floor = float(child(SAME_ROWS_FLOOR, str(catalogue), str(ready), str(folder / f"same-{run}.sqlite3"), tables))
    print(
        f"import {total:.2f} s (switch {total - prepared:.2f} s) vs floor {floor:.2f} s: {total / floor:.2f}x "
        f"(target <= 2x); vs JSON floor {json_floor:.2f} s: {total / json_floor:.2f}x; "
        f"peak RSS {peak_rss:.0f} MB (target <= 300 MB)"
    )
    return {
        "floor_s": floor,
        "json_floor_s": json_floor,
        "import_s": total,
        "switch_s": round(total - prepared, 3),
        "ratio": round(total / floor, 2),
        "ratio_json_floor": round(total / json_floor, 2),
        "import_peak_rss_mb": peak_rss,
    }


if __name__ == "__main__":
    main()
