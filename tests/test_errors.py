"""The error model: user errors carry a message id and data, and read right in every language."""

from __future__ import annotations

import pickle

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import IurcError, UserError, render
from iurc_desktop.domain.lang import Lang
from iurc_desktop.services.i18n import user_message


def test_a_user_error_reads_in_each_language() -> None:
    error = UserError(messages.UNKNOWN_RECORD, kind="place", id="atlantis")
    assert isinstance(error, IurcError)
    assert str(error) == user_message(error, Lang.EN) == "There is no record “place:atlantis” in this catalogue."
    assert "atlantis" in user_message(error, Lang.ZH) and "资料库" in user_message(error, Lang.ZH)
    assert "atlantis" in user_message(error, Lang.PT) and "catálogo" in user_message(error, Lang.PT)


def test_parameters_cannot_smuggle_control_characters_or_fields() -> None:
    error = UserError(messages.UNKNOWN_RECORD, kind="place", id="\x1b[31mred\nline {log}")
    line = user_message(error, Lang.EN)
    assert "\x1b" not in line and "\n" not in line
    assert "{log}" in line  # a field inside a parameter is data, not a template


def test_a_template_with_a_missing_field_leaves_it_visible() -> None:
    assert render("{a} and {b}", {"a": "x"}) == "x and {b}"


def test_user_errors_survive_pickling_with_their_parameters() -> None:
    error = pickle.loads(pickle.dumps(UserError(messages.UNEXPECTED, log="/tmp/x.log")))
    assert error.message_id == messages.UNEXPECTED and error.params == {"log": "/tmp/x.log"}
