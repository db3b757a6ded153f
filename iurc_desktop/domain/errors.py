"""One error model for the whole application.

- `IurcError` is the root of every exception the application raises on purpose.
- `UserError` is a problem with the user's input or environment (a bad file, an unknown key, a damaged
  database, a full disk, a read-only folder, a refused network). It carries a *message id* — the English source
  text of a Qt Linguist message in the "Errors" context, declared in `domain/messages.py` — and parameters, never
  a finished sentence: each front end renders it in its reader's language (`services/i18n.py` for the CLI and
  packs, `QCoreApplication.translate` in the GUI).
- Anything else that escapes is a bug: it goes to the log with its traceback, and the user is told where the
  log is.

Parameters are data (file names, versions, counts, record ids), never English words, so a Portuguese sentence
never carries an English fragment.
"""

from __future__ import annotations

import string
from collections.abc import Mapping

ERRORS_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark `text` for Qt Linguist (lupdate reads this call); returns it unchanged."""
    del context
    return text


class IurcError(Exception):
    """Root of the application's own exceptions."""


class UserError(IurcError):
    """A known problem with the user's input or environment, shown as one translated line."""

    def __init__(self, message_id: str, /, **params: object) -> None:
        self.message_id = message_id
        self.params: dict[str, str] = {name: _plain(value) for name, value in params.items()}
        super().__init__(self.english())

    def english(self) -> str:
        return render(self.message_id, self.params)

    def __reduce__(self) -> tuple[object, ...]:  # picklable across processes with its parameters
        return (_rebuild, (type(self), self.message_id, self.params))


def _rebuild(cls: type[UserError], message_id: str, params: dict[str, str]) -> UserError:
    error = cls.__new__(cls)
    UserError.__init__(error, message_id, **params)
    return error


def _plain(value: object) -> str:
    """A parameter as one line of plain text: control characters (ANSI escapes, newlines) made visible."""
    text = str(value)
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" if ord(ch) < 256 else "\ufffd" for ch in text)


def render(template: str, params: Mapping[str, str]) -> str:
    """Fill `{name}` fields of a (translated) template; a field the template lacks or invents is left as is."""
    out: list[str] = []
    for literal, field, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        if field is not None:
            out.append(params.get(field, "{" + field + "}"))
    return "".join(out)
