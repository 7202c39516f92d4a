"""Swapping two files in one step, so a save can check what it replaced without ever losing it.

POSIX has no "replace only if unchanged": between any check and ``rename``
another program can save the file, and the rename then destroys its work.
Linux can instead swap two names atomically (``renameat2`` with
``RENAME_EXCHANGE``), which the standard library does not expose, hence
ctypes. After the swap the old file still exists under the temporary name,
so a save that finds it was not the one it read can swap it back.
"""

from __future__ import annotations

import ctypes
import errno
import os
import sys
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _load_renameat2() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):  # an old C library without the call
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


_renameat2 = _load_renameat2()
# The file system (or kernel) cannot swap: the caller falls back to a checked rename.
_UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM}


def exchange(first: Path, second: Path) -> bool:
    """Swap the two files; False when this system cannot (nothing changed); ``OSError`` on failure."""
    if _renameat2 is None:
        return False
    result = _renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(second))
