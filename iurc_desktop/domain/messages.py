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

# — visit plans, plan files, backups —
UNKNOWN_PLAN = QT_TRANSLATE_NOOP("Errors", "There is no visit plan with the id {id}.")
NOT_A_STOP = QT_TRANSLATE_NOOP("Errors", "A stop is a place or an event; “{target}” is neither.")
BAD_DATE = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date; write it as YYYY-MM-DD.")
BAD_TIME = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a time of day; write it as HH:MM.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "The stop would end ({end}) before it starts ({start}).")
TIME_WITHOUT_DATE = QT_TRANSLATE_NOOP("Errors", "A stop with a time needs a date too.")
FILE_NOT_READABLE = QT_TRANSLATE_NOOP("Errors", "“{file}” cannot be read. Nothing was changed.")
FILE_NOT_WRITABLE = QT_TRANSLATE_NOOP("Errors", "“{file}” could not be written. Nothing was changed.")
PLAN_FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is too large for a plan file ({limit} bytes at most). Nothing was imported."
)
PLAN_FILE_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is not UTF-8 text, so it is not a plan file. Nothing was imported."
)
PLAN_FILE_NOT_A_PLAN = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is not an IURC Desktop plan file, or it is damaged. Nothing was imported."
)
PLAN_FILE_TOO_DEEP = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is nested more deeply than a plan file can be. Nothing was imported."
)
PLAN_FILE_NEWER = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” was written by a newer IURC Desktop (plan format {version}); update the app to import it."
)
PLAN_FILE_INVALID = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is damaged: the value at {where} is not valid. Nothing was imported."
)
BACKUP_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is too large for a backup of your data ({limit} bytes at most). Nothing was restored."
)
BACKUP_NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” is not a backup of IURC Desktop data, or it is damaged. Nothing was restored."
)
BACKUP_NEWER = QT_TRANSLATE_NOOP(
    "Errors", "“{file}” was made by a newer IURC Desktop (data version {version}); update the app to restore it."
)
BACKUP_IS_LIVE_FILE = QT_TRANSLATE_NOOP("Errors", "“{file}” is the live data file itself; choose another file.")
RESTORE_NEEDS_YES = QT_TRANSLATE_NOOP(
    "Errors", "Nothing was restored: confirm with --yes when not running interactively."
)

# — maps —
MAP_OUTPUT_SUFFIX = QT_TRANSLATE_NOOP("Errors", "The map file {path} must end in .svg, .png or .pdf.")
MAP_WRITE_FAILED = QT_TRANSLATE_NOOP("Errors", "The map could not be written to {path}: {reason}")
