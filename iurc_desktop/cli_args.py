"""Reading the command line: every bad argument becomes one translated `UserError`, never a usage dump.

argparse's own complaints are English sentences; `CommandParser.error` maps each of them onto a message id
(the parts it names — options, values — are data), and the value converters below raise `UserError` directly
(argparse passes anything but ValueError/TypeError/ArgumentTypeError through untouched).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind

# SQLite integers are signed 64-bit: anything larger cannot name a row or bound a query
MAX_COUNT = 2**63 - 1

_ARGPARSE_ERRORS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"), messages.ARGUMENTS_REQUIRED, ("names",)),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"), messages.ARGUMENTS_UNRECOGNIZED, ("args",)),
    (
        re.compile(r"argument (?P<argument>.+?): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"),
        messages.ARGUMENT_CHOICE,
        ("argument", "value", "choices"),
    ),
    (re.compile(r"argument (?P<argument>.+?): expected .*argument"), messages.ARGUMENT_NEEDS_VALUE, ("argument",)),
    (
        re.compile(r"argument (?P<argument>.+?): not allowed with argument (?P<other>.+)"),
        messages.ARGUMENTS_EXCLUSIVE,
        ("argument", "other"),
    ),
    (re.compile(r"one of the arguments (?P<names>.+) is required"), messages.ARGUMENTS_ONE_OF, ("names",)),
)


def argparse_error(message: str) -> UserError:
    """argparse's English complaint as a message id with its data."""
    for pattern, message_id, fields in _ARGPARSE_ERRORS:
        match = pattern.fullmatch(message.strip())
        if match:
            return UserError(message_id, **{name: _unquote(match.group(name)) for name in fields})
    return UserError(messages.ARGUMENTS_INVALID, detail=message.strip())


def _unquote(text: str) -> str:
    return ", ".join(part.strip().strip("'\"") for part in text.split(","))


class CommandParser(argparse.ArgumentParser):
    """argparse, but a usage error is a `UserError` (one translated line, exit status 2)."""

    def error(self, message: str) -> NoReturn:
        raise argparse_error(message)


def parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    args = parser.parse_args(argv)
    single = _single_positionals(parser)
    for name, value in vars(args).items():
        if value == [] and name in single:  # argparse quirk: "ID -- --" leaves a positional an empty list
            raise UserError(messages.ARGUMENTS_REQUIRED, names=name)
    return args


def _single_positionals(parser: argparse.ArgumentParser) -> set[str]:
    """The dests of positionals that take exactly one value, in `parser` and all its subcommands."""
    found: set[str] = set()
    for action in parser._actions:  # argparse has no public walk over its actions
        if isinstance(action, argparse._SubParsersAction):
            for sub in set(action.choices.values()):
                found |= _single_positionals(sub)
        elif not action.option_strings and action.nargs is None:
            found.add(action.dest)
    return found


def check_text_arguments(argv: Sequence[str]) -> None:
    """Bytes that were not UTF-8 reach Python as lone surrogates (surrogateescape): refuse them up front."""
    for arg in argv:
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in arg) or "\x00" in arg:
            raise UserError(messages.ARGUMENT_NOT_UTF8, arg=arg)


def option_value(argv: Sequence[str], option: str) -> str | None:
    """The value of `option` in raw argv (`--opt V` or `--opt=V`), before argparse has run."""
    for i, arg in enumerate(argv):
        if arg == option and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(option + "="):
            return arg.split("=", 1)[1]
    return None


def lang(value: str) -> Lang:
    try:
        return Lang.parse(value)
    except ValueError:
        raise UserError(messages.BAD_LANGUAGE, value=value) from None


def kind(value: str) -> Kind:
    try:
        return Kind.parse(value)
    except ValueError:
        raise UserError(messages.BAD_KIND, value=value, choices=", ".join(k.value for k in Kind)) from None


def date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UserError(messages.BAD_DATE, value=value) from None


def count(argument: str) -> Any:
    """A converter for a whole number 0…2⁶³−1 named `argument` in messages."""

    def convert(value: str) -> int:
        number = int(value) if re.fullmatch(r"\+?[0-9]{1,19}", value.strip()) else -1
        if not 0 <= number <= MAX_COUNT:
            raise UserError(messages.BAD_COUNT, argument=argument, maximum=MAX_COUNT, value=value)
        return number

    return convert


def web_address(value: str) -> str:
    """An http(s) URL that urllib and http.client will accept: no spaces or control characters, a host."""
    try:
        parts = urllib.parse.urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number or out of range
    except ValueError:
        raise UserError(messages.BAD_URL, url=value) from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or not value.isprintable() or " " in value:
        raise UserError(messages.BAD_URL, url=value)
    return value


def looks_like_url(value: str) -> bool:
    return "://" in value or value.lower().startswith(("http:", "https:"))


def output_file(value: str) -> Path:
    """A file to be written: its folder exists and may be written in, and it is not itself a folder."""
    path = Path(value)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UserError(messages.OUTPUT_IS_FOLDER, path=path)
    if not folder.is_dir():
        raise UserError(messages.OUTPUT_FOLDER_MISSING, folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(messages.OUTPUT_NOT_WRITABLE, folder=folder)
    return path
