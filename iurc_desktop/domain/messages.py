"""Every message a `UserError` can carry, in one place for Qt Linguist (context "Errors").

Each constant is the English source text and the message id; `{name}` fields are filled with the error's
parameters. Write full sentences that tell the user what happened and what is safe; keep parameters to data.
Add new messages here, then run `python scripts/update_translations.py` and translate them in both `.ts` files.
"""

from __future__ import annotations

from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP

# — general —
UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Something went wrong inside IURC Desktop. Details are in the log: {log}")
UNKNOWN_RECORD = QT_TRANSLATE_NOOP("Errors", "There is no record “{kind}:{id}” in this catalogue.")
UNEXPECTED_NO_LOG = QT_TRANSLATE_NOOP(
    "Errors", "Something went wrong inside IURC Desktop, and its log could not be written either."
)
# a service error of a kind not yet converted to a message id (its English text is passed on as it is)
REFUSED = QT_TRANSLATE_NOOP("Errors", "Refused: {reason}")

# — files and folders (from an OSError: parameters are the path and the system error number) —
FILE_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "{path} does not exist.")
PERMISSION_DENIED = QT_TRANSLATE_NOOP("Errors", "IURC Desktop is not allowed to read or write {path}.")
DISK_FULL = QT_TRANSLATE_NOOP("Errors", "The disk holding {path} is full: free some space and try again.")
READ_ONLY = QT_TRANSLATE_NOOP("Errors", "{path} is on a read-only disk.")
FILE_ERROR = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read or written (system error {code}).")
OUTPUT_FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "The folder {folder} does not exist: create it first or choose another place."
)
OUTPUT_NOT_WRITABLE = QT_TRANSLATE_NOOP("Errors", "IURC Desktop cannot write in {folder}: choose another folder.")
OUTPUT_IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "{path} is a folder: give the name of a file.")
OUTPUT_EXISTS = QT_TRANSLATE_NOOP("Errors", "{path} exists already: choose a new file.")

# — the command line —
ARGUMENT_NOT_UTF8 = QT_TRANSLATE_NOOP("Errors", "The command line holds text that is not valid UTF-8: {arg}")
ARGUMENTS_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Missing on the command line: {names}. See “iurc-desktop --help”.")
ARGUMENTS_UNRECOGNIZED = QT_TRANSLATE_NOOP(
    "Errors", "Not understood on the command line: {args}. See “iurc-desktop --help”."
)
ARGUMENT_CHOICE = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a choice for {argument}; choose one of: {choices}.")
ARGUMENT_NEEDS_VALUE = QT_TRANSLATE_NOOP("Errors", "{argument} needs a value.")
ARGUMENTS_EXCLUSIVE = QT_TRANSLATE_NOOP("Errors", "{argument} cannot be used together with {other}.")
ARGUMENTS_ONE_OF = QT_TRANSLATE_NOOP("Errors", "One of {names} is needed.")
ARGUMENTS_INVALID = QT_TRANSLATE_NOOP("Errors", "The command line is not right: “{detail}”. See “iurc-desktop --help”.")
BAD_LANGUAGE = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a language of IURC Desktop: use en, zh or pt.")
BAD_KIND = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a kind of record; use one of: {choices}.")
BAD_COUNT = QT_TRANSLATE_NOOP("Errors", "{argument} takes a whole number from 0 to {maximum}, not “{value}”.")
BAD_URL = QT_TRANSLATE_NOOP(
    "Errors", "“{url}” is not a web address IURC Desktop can use: give an http:// or https:// address."
)
OUTPUT_NOT_PDF = QT_TRANSLATE_NOOP("Errors", "The output file must end in .pdf: {path}")
OUTPUT_NOT_PACK = QT_TRANSLATE_NOOP("Errors", "A pack is a .pdf or .docx file named to match --format: {path}")
AGENDA_NEEDS_PLAN = QT_TRANSLATE_NOOP("Errors", "The agenda form is made from a visit plan: give --plan ID.")
BUNDLE_NEEDS_KEY = QT_TRANSLATE_NOOP("Errors", "A data bundle must be signed: give the private key with --key KEYFILE.")
SOURCE_HAS_PROBLEMS = QT_TRANSLATE_NOOP("Errors", "Not built: the source has {count} problem(s), listed above.")
SOURCE_NEEDS_VERSION = QT_TRANSLATE_NOOP("Errors", "The source has no [catalogue] version: give one with --version.")
NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "Errors", "Not applied: confirm with --yes when not running interactively. Nothing was changed."
)
NO_CHANNEL = QT_TRANSLATE_NOOP(
    "Errors", "There is no update channel yet: give one with --channel URL (it is then remembered)."
)

# — data updates —
UNTRUSTED_KEY = QT_TRANSLATE_NOOP(
    "Errors", "This update is signed by a key this installation does not trust ({key}): trust the publisher first."
)

# — briefing packs —
FONT_MISSING = QT_TRANSLATE_NOOP("Errors", "The font {font} is missing (looked in {folders}): reinstall IURC Desktop.")
FONT_UNUSABLE = QT_TRANSLATE_NOOP("Errors", "The font file {path} cannot be used: reinstall IURC Desktop.")

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
