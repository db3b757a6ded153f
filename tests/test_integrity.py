"""The installed catalogue can be checked again at any time against what its publisher signed (or the app ships)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from iurc_desktop.cli import main
from iurc_desktop.domain.digest import content_digest
from iurc_desktop.domain.records import Kind
from iurc_desktop.selftest import run_self_test
from iurc_desktop.services.updates.integrity import IntegrityError
from iurc_desktop.services.updates.keys import load_private_key
from iurc_desktop.services.updates.service import UpdateService
from iurc_desktop.storage.paths import DataPaths
from tests.conftest import small_content
from tests.update_helpers import bundle, make_key, raw_bundle, records_jsonl, trusting_service


def installed_from_bundle(data_dir: Path, tmp_path: Path) -> UpdateService:
    make_key(tmp_path)
    key_file = tmp_path / "publisher.key"
    path = bundle(small_content(), load_private_key(key_file), tmp_path / "u.iurcdata", "2026.2")
    service = trusting_service(data_dir, key_file)
    service.apply(service.prepare(path))
    return service


def tamper(catalogue: Path) -> None:
    conn = sqlite3.connect(catalogue)
    with conn:
        row = conn.execute("SELECT data FROM record WHERE kind = 'place' AND id = 'yangzhou'").fetchone()
        data = json.loads(row[0])
        data["summary"] = {"en": "A quietly edited summary"}
        conn.execute("UPDATE record SET data = ? WHERE kind = 'place' AND id = 'yangzhou'", (json.dumps(data),))
    conn.close()


def test_the_fingerprint_ignores_order_but_not_content() -> None:
    records = list(small_content().all())
    assert content_digest(records) == content_digest(reversed(records))
    assert content_digest(records) != content_digest(records[1:])


def test_a_catalogue_from_a_signed_bundle_verifies_after_installing(data_dir: Path, tmp_path: Path) -> None:
    service = installed_from_bundle(data_dir, tmp_path)
    report = service.verify_installed()
    assert report.version == "2026.2"
    assert report.records == sum(small_content().count(kind) for kind in Kind)
    assert "signed" in str(report)


def test_a_record_changed_after_installing_is_caught(data_dir: Path, tmp_path: Path) -> None:
    service = installed_from_bundle(data_dir, tmp_path)
    tamper(data_dir / "catalogue.sqlite3")
    with pytest.raises(IntegrityError, match="changed after it was installed"):
        service.verify_installed()


def test_a_signer_no_longer_trusted_is_reported(data_dir: Path, tmp_path: Path) -> None:
    service = installed_from_bundle(data_dir, tmp_path)
    shutil.rmtree(service.keyring.user_keys_dir)
    with pytest.raises(IntegrityError, match="does not trust"):
        UpdateService(DataPaths.resolve(data_dir)).verify_installed()


def test_a_catalogue_without_a_signature_is_not_vouched_for(data_dir: Path) -> None:
    # the fixture's catalogue was written directly, as no installed catalogue ever should be
    with pytest.raises(IntegrityError, match="carries no signature"):
        UpdateService(DataPaths.resolve(data_dir)).verify_installed()


def test_the_shipped_catalogue_verifies_and_tampering_fails_the_self_test(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "fresh"
    assert run_self_test(str(folder)) == 0  # installs the shipped catalogue on first start
    assert "ok    catalogue signature:" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "data", "verify"]) == 0
    assert "match what this application ships" in capsys.readouterr().out
    tamper(folder / "catalogue.sqlite3")
    assert run_self_test(str(folder)) == 1
    assert "FAIL  catalogue signature: catalogue" in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "data", "verify"]) == 2
    assert "changed after it was installed" in capsys.readouterr().err


def test_a_bundle_from_before_fingerprints_is_vouched_for_by_its_signature_only(data_dir: Path, tmp_path: Path) -> None:
    key = make_key(tmp_path)
    records = records_jsonl(small_content().all())
    path = raw_bundle(tmp_path / "old.iurcdata", key, records)  # a manifest without the record fingerprint
    service = trusting_service(data_dir, tmp_path / "publisher.key")
    service.apply(service.prepare(path))
    report = str(service.verify_installed())
    assert "signed" in report and "predates record fingerprints" in report
    shutil.rmtree(service.keyring.user_keys_dir)
    with pytest.raises(IntegrityError, match="does not trust"):
        UpdateService(DataPaths.resolve(data_dir)).verify_installed()
