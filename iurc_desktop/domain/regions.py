"""Which side of the programme a country is on: the lists' Europe / China / elsewhere and the map's colours."""

from __future__ import annotations

EUROPE = frozenset((
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "CH", "GB", "IS", "RS", "ME", "AL", "MK", "BA",
))  # fmt: skip
REGIONS = ("europe", "china", "other")
# the European Union's 27 members: a partnership is EU–China when its European side is all in the Union
EU_MEMBERS = frozenset((
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
))  # fmt: skip


def region_of(country: str) -> str:
    """ "china", "europe" or "other" for an ISO 3166 country code ("" is elsewhere)."""
    return "china" if country == "CN" else "europe" if country in EUROPE else "other"
