"""Benchmark: import a signed 100k-record data bundle, against a plain-SQLite floor measured in the same run.

    python bench/sync.py --records 100000

Writes a signed bundle of N synthetic records (the real mix of Chinese, Portuguese and English text used
by bench/search.py), then in fresh child processes (so peak RSS is the import's own):
- the import as a delegate runs it: verify signature and hashes while streaming, build the new catalogue
  beside the live one (records, texts, links, search index), compare with the live one, switch with the
  backup API and keep the previous catalogue;
- the floor: read the same records.jsonl lines, `executemany` them as (kind, id, data) rows into a fresh
  SQLite file, spread their texts into one row per field and language and fill the same two FTS5 tables
  (same tokenizer) from them with plain SQL, all in one transaction — the least an import of these records
  with a full-text index could do (it does not fold Chinese, split it into characters and pairs, add pinyin
  or number tokens, check references or compare with the live catalogue).
Prints seconds, peak RSS and the ratio. Targets: ratio <= 2x, peak RSS <= 300 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
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
print(f"{time.perf_counter() - started:.3f} {prepared - started:.3f}")
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


def child(code: str, *args: str) -> tuple[str, float, float]:
    """(stdout, wall seconds, peak RSS in MB) of a fresh Python process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    del before  # ru_maxrss is the largest child so far: run the import (the larger) last
    return out.strip(), wall, peak / 1024


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
            floor_out, _wall, floor_rss = child(FLOOR, str(bundle), str(folder / f"floor-{run}.sqlite3"))
            data = folder / f"data-{run}"
            import_out, _wall, import_rss = child(IMPORT, str(data), str(bundle), str(folder / "bench.key.pub"))
            total, prepared = (float(x) for x in import_out.split())
            floor = float(floor_out)
            report = {
                "floor_s": floor,
                "import_s": total,
                "of_which_prepare_s": prepared,
                "switch_s": round(total - prepared, 3),
                "ratio": round(total / floor, 2),
                "floor_peak_rss_mb": round(floor_rss),
                "import_peak_rss_mb": round(import_rss),
            }
            print(json.dumps(report))
            print(
                f"import {total:.2f} s vs floor {floor:.2f} s: {total / floor:.1f}x (target <= 2x); "
                f"peak RSS {import_rss:.0f} MB (target <= 300 MB)"
            )


if __name__ == "__main__":
    main()
