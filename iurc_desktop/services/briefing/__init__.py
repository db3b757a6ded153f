"""Briefing packs: choose what goes in (compose), gather it in the pack's languages (document), print it (pdf)."""
