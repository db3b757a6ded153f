"""Every message a `UserError` can carry, in one place for Qt Linguist (context "Errors").

Each constant is the English source text and the message id; `{name}` fields are filled with the error's
parameters. Write full sentences that tell the user what happened and what is safe; keep parameters to data.
Add new messages here, then run `python scripts/update_translations.py` and translate them in both `.ts` files.
"""

from __future__ import annotations

from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP

# — general —
UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Something went wrong inside IURC Desktop. Details are in the log: {log}")
UNKNOWN_RECORD = QT_TRANSLATE_NOOP("Errors", "There is no {kind} with the id “{id}” in this catalogue.")

# — maps —
MAP_OUTPUT_SUFFIX = QT_TRANSLATE_NOOP("Errors", "The map file {path} must end in .svg, .png or .pdf.")
MAP_WRITE_FAILED = QT_TRANSLATE_NOOP("Errors", "The map could not be written to {path}: {reason}")
UNKNOWN_PLAN = QT_TRANSLATE_NOOP("Errors", "There is no visit plan with the number {id}.")
