"""Which exceptions are the user's problem (one translated line) and which are bugs (the log, a dialog)."""

from __future__ import annotations

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.os_errors import user_error_from_os

# Service exceptions that report a user problem but do not carry a message id yet (they are being
# converted to UserError subclasses); until then their English text is passed on inside REFUSED.
_NOT_YET_CONVERTED = frozenset({
    "BundleError", "NotNewer", "InstallError", "IntegrityError", "KeyFileError", "CatalogueBuildError",
    "CatalogueMissing", "NotACatalogue", "NotAUserDatabase", "SourceError",
})  # fmt: skip


def as_user_error(exc: BaseException) -> UserError | None:
    """The user error `exc` stands for, or None when it is a bug."""
    if isinstance(exc, UserError):
        return exc
    if any(cls.__name__ in _NOT_YET_CONVERTED for cls in type(exc).__mro__):
        return UserError(messages.REFUSED, reason=str(exc))
    if isinstance(exc, OSError) and exc.errno is not None:
        return user_error_from_os(exc)
    return None
