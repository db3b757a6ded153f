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

# — data bundles (services/updates/bundle.py, verifier.py, staging.py) —
BUNDLE_IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not a data bundle.")
BUNDLE_CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read ({code}).")
BUNDLE_EMPTY = QT_TRANSLATE_NOOP("Errors", "{name} is empty: it is not a data bundle.")
BUNDLE_NOT_ZIP = QT_TRANSLATE_NOOP("Errors", "{name} is not an IURC data bundle, or it is truncated or damaged.")
BUNDLE_TOO_MANY_ENTRIES = QT_TRANSLATE_NOOP("Errors", "The bundle holds {count} files; a data bundle holds 3. Refused.")
BUNDLE_UNSAFE_NAME = QT_TRANSLATE_NOOP("Errors", "The bundle holds a file with an unsafe name ({member}). Refused.")
BUNDLE_UNEXPECTED_MEMBER = QT_TRANSLATE_NOOP("Errors", "The bundle holds an unexpected file ({member}). Refused.")
BUNDLE_DUPLICATE_MEMBER = QT_TRANSLATE_NOOP("Errors", "The bundle holds {member} twice. Refused.")
BUNDLE_MEMBER_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "{member} in the bundle is too large ({size} bytes). Refused.")
BUNDLE_ZIP_BOMB = QT_TRANSLATE_NOOP("Errors", "{member} in the bundle expands {ratio} times, like a zip bomb. Refused.")
BUNDLE_ENCRYPTED = QT_TRANSLATE_NOOP("Errors", "{member} in the bundle is encrypted. Refused.")
BUNDLE_COMPRESSION = QT_TRANSLATE_NOOP(
    "Errors", "{member} in the bundle uses an unknown compression method ({method}). Refused."
)
BUNDLE_LARGER_THAN_DECLARED = QT_TRANSLATE_NOOP("Errors", "{member} in the bundle is larger than it declares. Refused.")
BUNDLE_DAMAGED = QT_TRANSLATE_NOOP("Errors", "{name} is truncated or damaged: {member} cannot be read.")
BUNDLE_NO_MANIFEST = QT_TRANSLATE_NOOP("Errors", "The bundle has no manifest: it is not an IURC data bundle.")
BUNDLE_MANIFEST_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The bundle's manifest is unreadable. Refused.")
BUNDLE_MANIFEST_FIELD = QT_TRANSLATE_NOOP(
    "Errors", "The bundle's manifest has an invalid value for “{field}”. Refused."
)
BUNDLE_BAD_VERSION = QT_TRANSLATE_NOOP(
    "Errors", "The bundle's catalogue version is not a valid version (digits separated by dots). Refused."
)
BUNDLE_UNSIGNED = QT_TRANSLATE_NOOP("Errors", "The bundle is not signed. Refused.")
BUNDLE_SIGNATURE_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The bundle's signature is unreadable. Refused.")
BUNDLE_SIGNATURE_ALGORITHM = QT_TRANSLATE_NOOP(
    "Errors", "The bundle's signature uses an unsupported algorithm. Refused."
)
BUNDLE_BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Errors", "The bundle's signature does not match: it was altered or signed with another key."
)
BUNDLE_NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Errors", "The bundle uses data format {format}, newer than this app knows ({known}). Update IURC Desktop first."
)
BUNDLE_NEEDS_APP = QT_TRANSLATE_NOOP("Errors", "The bundle needs IURC Desktop {needed} or later (this is {current}).")
BUNDLE_NO_RECORDS = QT_TRANSLATE_NOOP("Errors", "The bundle holds no records. Refused.")
BUNDLE_HASH_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The bundle's records do not match the manifest's hash: the bundle was altered or damaged."
)
BUNDLE_LINE_NOT_UTF8 = QT_TRANSLATE_NOOP("Errors", "Record line {line} of the bundle is not valid UTF-8. Refused.")
BUNDLE_LINE_INVALID = QT_TRANSLATE_NOOP("Errors", "Record line {line} of the bundle is not a valid record. Refused.")
BUNDLE_LINE_FIELD = QT_TRANSLATE_NOOP(
    "Errors", "Record line {line} of the bundle has an invalid field “{field}”. Refused."
)
BUNDLE_LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "Record line {line} of the bundle is longer than {limit} bytes. Refused."
)
BUNDLE_DANGLING = QT_TRANSLATE_NOOP(
    "Errors", "The bundle's records refer to a record it does not hold ({source} → {target}). Refused."
)
BUNDLE_DUPLICATE_RECORD = QT_TRANSLATE_NOOP("Errors", "The bundle holds a record twice. Refused.")
BUNDLE_COUNTS = QT_TRANSLATE_NOOP("Errors", "The bundle's record counts do not match its manifest. Refused.")
BUNDLE_NOT_NEWER = QT_TRANSLATE_NOOP(
    "Errors", "The bundle holds catalogue {version}, which is not newer than the installed {installed}."
)

# — installing and rolling back catalogues (services/updates/installer.py, services/install.py) —
NO_PREVIOUS_CATALOGUE = QT_TRANSLATE_NOOP("Errors", "There is no previous catalogue to go back to.")
CATALOGUE_FILE_MISSING = QT_TRANSLATE_NOOP("Errors", "The catalogue file {name} is missing. Nothing was changed.")
DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "There is not enough free space on the disk holding {path} (or the disk failed). Nothing was changed."
)
FOLDER_READ_ONLY = QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be written. Nothing was changed.")
DATA_FOLDER_BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "IURC Desktop is busy with the data folder {path} (a window or another command is using it). "
    "Close it or try again in a moment.",
)
DATABASE_LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "The data in {path} stayed locked by another program. Nothing was changed; try again in a moment."
)
SOURCE_PROBLEMS = QT_TRANSLATE_NOOP(
    "Errors", "The catalogue source has {count} problems; the first is in {file}. Nothing was built."
)
CATALOGUE_SET_ASIDE = QT_TRANSLATE_NOOP(
    "Errors",
    "The catalogue database was damaged. It was kept as {name}, and the catalogue shipped with the app was "
    "installed again.",
)
USER_DATABASE_SET_ASIDE = QT_TRANSLATE_NOOP(
    "Errors",
    "Your user database (notes, favourites, plans) was damaged. It was kept as {name}, and IURC Desktop "
    "started with an empty one.",
)
DATABASE_DAMAGED = QT_TRANSLATE_NOOP("Errors", "{name} is damaged: SQLite's check reports “{detail}”.")

# — checking an installed catalogue (services/updates/integrity.py) —
NO_CATALOGUE_INSTALLED = QT_TRANSLATE_NOOP("Errors", "No catalogue is installed.")
CATALOGUE_UNSIGNED = QT_TRANSLATE_NOOP(
    "Errors", "Catalogue {version} carries no signature. Import a signed data bundle."
)
CATALOGUE_SIGNATURE_FAILS = QT_TRANSLATE_NOOP(
    "Errors", "The installed catalogue's signature does not check out. Import the data bundle again."
)
CATALOGUE_SIGNER_UNTRUSTED = QT_TRANSLATE_NOOP(
    "Errors", "The installed catalogue is signed by a key this installation does not trust (unknown key {key})."
)
CATALOGUE_VERSION_MISMATCH = QT_TRANSLATE_NOOP(
    "Errors", "The installed catalogue says {version}, but its signed manifest says {signed}."
)
CATALOGUE_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "Catalogue {version} differs from what was signed: it was changed after it was installed. Import the data "
    "bundle again, or roll back.",
)
SHIPPED_CATALOGUE_PROBLEMS = QT_TRANSLATE_NOOP(
    "Errors", "The catalogue shipped with this application has {count} problems."
)

# — keys (services/updates/keys.py) —
KEY_EXISTS = QT_TRANSLATE_NOOP("Errors", "{path} exists already; keys are never overwritten.")
KEY_CANNOT_READ = QT_TRANSLATE_NOOP("Errors", "The key file {path} cannot be read ({code}).")
KEY_NOT_PRIVATE = QT_TRANSLATE_NOOP("Errors", "{path} is not an unencrypted PEM private key.")
KEY_NOT_PUBLIC = QT_TRANSLATE_NOOP("Errors", "{path} is not a PEM public key.")
KEY_NOT_ED25519 = QT_TRANSLATE_NOOP("Errors", "{path} is not an Ed25519 key.")

# — databases and source files (storage/) —
CATALOGUE_MISSING = QT_TRANSLATE_NOOP("Errors", "There is no catalogue at {path}.")
NOT_A_CATALOGUE = QT_TRANSLATE_NOOP("Errors", "{path} is not an IURC catalogue database.")
NOT_A_USER_DATABASE = QT_TRANSLATE_NOOP("Errors", "{path} is not an IURC user database.")
USER_DATABASE_NEWER = QT_TRANSLATE_NOOP(
    "Errors", "{path} was written by a newer IURC Desktop (schema {version}). Update the app."
)
SOURCE_FOLDER_MISSING = QT_TRANSLATE_NOOP("Errors", "The catalogue source folder {path} was not found.")
CATALOGUE_DANGLING = QT_TRANSLATE_NOOP(
    "Errors", "The catalogue's records refer to a record it does not hold ({source} → {target})."
)
SOURCE_FOLDER_EMPTY = QT_TRANSLATE_NOOP("Errors", "There are no .toml files in {path}.")

# — the update channel (services/updates/channel.py) —
CHANNEL_SCHEME = QT_TRANSLATE_NOOP("Errors", "An update channel must be an http or https address, not {url}.")
CHANNEL_BAD_ADDRESS = QT_TRANSLATE_NOOP("Errors", "{url} is not a valid web address.")
CHANNEL_HTTP_STATUS = QT_TRANSLATE_NOOP("Errors", "The update server answered with status {status} for {url}.")
CHANNEL_TIMEOUT = QT_TRANSLATE_NOOP("Errors", "The update server did not answer within {seconds} seconds.")
CHANNEL_UNREACHABLE = QT_TRANSLATE_NOOP("Errors", "The update server {host} cannot be reached.")
CHANNEL_CERTIFICATE = QT_TRANSLATE_NOOP(
    "Errors", "The update server {host} did not present a certificate this computer trusts. Refused."
)
CHANNEL_TOO_SLOW = QT_TRANSLATE_NOOP(
    "Errors", "The update server is too slow (more than {seconds} seconds). Try again later."
)
CHANNEL_BROKEN_ANSWER = QT_TRANSLATE_NOOP("Errors", "The update server's answer was cut off or malformed.")
CHANNEL_FEED_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "The update feed is larger than {limit} bytes. Refused.")
CHANNEL_FEED_FORMAT = QT_TRANSLATE_NOOP("Errors", "The update feed is not in the expected format.")
CHANNEL_DOWNLOAD_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "The download is larger than any data bundle ({limit} bytes). It was stopped."
)
CHANNEL_DOWNLOAD_HASH = QT_TRANSLATE_NOOP(
    "Errors", "The downloaded file does not match the feed's hash: it was altered or cut short."
)

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
