"""The shipped catalogue of this release replaces the one the previous release shipped, with its new records."""

from __future__ import annotations

from pathlib import Path

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.services.context import AppContext
from iurc_desktop.services.install import _version_key, embedded_catalogue_version, ensure_catalogue
from iurc_desktop.storage.catalogue_db import CatalogueStore
from iurc_desktop.storage.paths import DataPaths

PREVIOUS_SHIPPED = "2026.11.4"  # the catalogue version of the release before organisations and provinces


def test_this_catalogue_is_newer_than_the_previous_shipped_one() -> None:
    version = embedded_catalogue_version()
    assert version is not None and _version_key(version) > _version_key(PREVIOUS_SHIPPED)


def test_an_install_of_the_previous_catalogue_is_upgraded_with_organisations(tmp_path: Path) -> None:
    paths = DataPaths.resolve(tmp_path)
    assert ensure_catalogue(paths)
    store = CatalogueStore(paths.catalogue_db)
    try:
        store.replace_meta({"version": PREVIOUS_SHIPPED})
    finally:
        store.close()
    assert ensure_catalogue(paths)
    ctx = AppContext.open(tmp_path)
    try:
        assert ctx.catalogue.info().counts[Kind.ORGANISATION] >= 60
        hits = ctx.search.search("Jianghun University", Lang.EN)  # the seed's spelling, an alias
        assert hits and hits[0].id == "jianghan-university"
        kiwitt = ctx.search.search("托马斯·基维特", Lang.ZH)  # a transliteration, now an alias of the Latin name
        assert kiwitt and kiwitt[0].id == "thomas-kiwitt"
    finally:
        ctx.close()


def test_show_json_gives_key_figures_in_the_readers_number_style(tmp_path: Path) -> None:
    from iurc_desktop.services.presentation import record_json

    ctx = AppContext.open(tmp_path)
    try:
        record = ctx.catalogue.record(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou")
        shown = {
            lang: {f["value"]: f["display"] for f in record_json(record, [], lang)["key_figures"]}
            for lang in (Lang.EN, Lang.ZH, Lang.PT)
        }
        taicang = ctx.catalogue.record(Kind.CASE_STUDY, "cs-stuttgart-suzhou-taicang")
        pt_taicang = {f["value"]: f["display"] for f in record_json(taicang, [], Lang.PT)["key_figures"]}
    finally:
        ctx.close()
    assert shown[Lang.EN]["2 million"] == "2 million"
    assert shown[Lang.ZH]["2 million"] == "200万"
    assert shown[Lang.PT]["2 million"] == "2 milhões"
    assert pt_taicang["300,000"].replace("\N{NO-BREAK SPACE}", " ") == "300 000"


def test_every_alias_finds_its_record(tmp_path: Path) -> None:
    # a delegate who types a seed's spelling, a transliteration or an official long form finds the record
    from iurc_desktop.domain.records import Kind as K

    ctx = AppContext.open(tmp_path)
    try:
        missed = []
        for kind in (K.PLACE, K.PERSON, K.ORGANISATION):
            for record in ctx.catalogue.records(kind):
                for alias in getattr(record, "aliases", ()):
                    lang = Lang.ZH if any("\u3400" <= ch <= "\u9fff" for ch in alias) else Lang.EN
                    hits = ctx.search.search(alias, lang, limit=10)
                    if (kind, record.id) not in {(h.kind, h.id) for h in hits}:
                        missed.append(f"{kind.value}:{record.id} ← {alias!r}")
    finally:
        ctx.close()
    assert missed == [], "\n".join(missed)
