"""SQLAlchemy tables of the catalogue database.

A record is stored whole as JSON (the codec's plain form) so that a catalogue round-trips exactly;
its texts and references are also spread into their own tables so SQL can search and join them.
"""

from __future__ import annotations

from sqlalchemy import ForeignKeyConstraint, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from iurc_desktop.storage.catalogue_read import CATALOGUE_APPLICATION_ID as CATALOGUE_APPLICATION_ID

CATALOGUE_SCHEMA_VERSION = 2  # 2: removed_record


class CatalogueBase(DeclarativeBase):
    pass


class CatalogueMeta(CatalogueBase):
    __tablename__ = "catalogue_meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RecordRow(CatalogueBase):
    __tablename__ = "record"
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    id: Mapped[str] = mapped_column(String, primary_key=True)
    sort_name: Mapped[str] = mapped_column(String)
    country: Mapped[str | None] = mapped_column(String)
    start_date: Mapped[str | None] = mapped_column(String)
    end_date: Mapped[str | None] = mapped_column(String)
    data: Mapped[str] = mapped_column(Text)

    __table_args__ = (Index("ix_record_kind_sort", "kind", "sort_name"),)


class RecordText(CatalogueBase):
    __tablename__ = "record_text"
    rowid: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    record_id: Mapped[str] = mapped_column(String)
    field: Mapped[str] = mapped_column(String)
    lang: Mapped[str] = mapped_column(String)
    value: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        ForeignKeyConstraint(["kind", "record_id"], ["record.kind", "record.id"], ondelete="CASCADE"),
        Index("ix_text_record", "kind", "record_id"),
    )


class RecordLink(CatalogueBase):
    __tablename__ = "record_link"
    rowid: Mapped[int] = mapped_column(Integer, primary_key=True)
    src_kind: Mapped[str] = mapped_column(String)
    src_id: Mapped[str] = mapped_column(String)
    field: Mapped[str] = mapped_column(String)
    dst_kind: Mapped[str] = mapped_column(String)
    dst_id: Mapped[str] = mapped_column(String)
    position: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        ForeignKeyConstraint(["src_kind", "src_id"], ["record.kind", "record.id"], ondelete="CASCADE"),
        ForeignKeyConstraint(["dst_kind", "dst_id"], ["record.kind", "record.id"], ondelete="CASCADE"),
        Index("ix_link_src", "src_kind", "src_id"),
        Index("ix_link_dst", "dst_kind", "dst_id"),
    )


class RemovedRecord(CatalogueBase):
    """Records that data updates removed, so notes pointing at them can say when they went."""

    __tablename__ = "removed_record"
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)  # JSON {lang: text} of the record's last name
    removed_in: Mapped[str] = mapped_column(String)  # catalogue version that no longer has it
