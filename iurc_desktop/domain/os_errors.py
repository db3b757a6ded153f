"""A failed file operation as the user error it means: missing file, no permission, full or read-only disk."""

from __future__ import annotations

import errno

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError

_BY_ERRNO = {
    errno.ENOENT: messages.FILE_NOT_FOUND,
    errno.EACCES: messages.PERMISSION_DENIED,
    errno.EPERM: messages.PERMISSION_DENIED,
    errno.ENOSPC: messages.DISK_FULL,
    errno.EDQUOT: messages.DISK_FULL,
    errno.EROFS: messages.READ_ONLY,
}


def user_error_from_os(exc: OSError, path: object | None = None) -> UserError:
    """One translated line for `exc`; the system's own English text (strerror) is never shown."""
    where = path if path is not None else (exc.filename or "")
    message = _BY_ERRNO.get(exc.errno or 0, messages.FILE_ERROR)
    error = UserError(message, path=where, code=exc.errno or "?")
    error.__cause__ = exc
    return error
