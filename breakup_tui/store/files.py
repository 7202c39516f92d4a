"""Safe reading, atomic writing and locking of the app's small text files."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

from breakup_tui.core.i18n import t

# A client file is a few kilobytes; anything this large is not one of ours.
MAX_FILE_BYTES = 2 * 1024 * 1024
TEMP_SUFFIX = ".partial"
MAX_TEMP_STEM_BYTES = 200


class FileProblem(Exception):
    """A file cannot be used; ``str()`` is a reason a person can read."""


def read_text(path: Path) -> str:
    """Read a regular UTF-8 file of sane size, refusing links and oddities."""
    raw = read_bytes(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FileProblem(t("file_error.not_utf8")) from None


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of sane size, refusing links and oddities."""
    try:
        info = os.lstat(path)
    except OSError as error:
        raise FileProblem(t("file_error.unreadable", reason=error.strerror or str(error))) from None
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(t("file_error.not_regular"))
    if info.st_size > MAX_FILE_BYTES:
        raise FileProblem(
            t(
                "file_error.too_large",
                size=f"{info.st_size / 1_048_576:.1f}",
                limit=MAX_FILE_BYTES // 1_048_576,
            )
        )
    try:
        # O_NOFOLLOW: the file cannot be swapped for a link between the check and the read.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise FileProblem(t("file_error.unreadable", reason=error.strerror or str(error))) from None


Signature = tuple[int, int, int]


class ChangedOnDisk(OSError):
    """Someone else wrote the file since it was read; it was left as they wrote it."""


def signature(path: Path) -> Signature | None:
    """What changes when someone else writes the file: (mtime_ns, size, inode).

    The inode is there because another program saving atomically puts a new
    file in place, which may have the same size and, on a coarse clock, the
    same modification time.
    """
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def temp_path_for(path: Path) -> Path:
    import secrets  # here, not at start-up: it pulls in hashlib

    # Hidden and with its own suffix, so a leftover is never listed as a client.
    # The name is cut so that a long file name plus these 18 characters stays within the
    # 255-byte limit most file systems set (a 240-character stem could otherwise never be saved).
    short = os.fsencode(path.name)[:MAX_TEMP_STEM_BYTES].decode("utf-8", "ignore")
    return path.with_name(f".{short}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def atomic_write(path: Path, text: str | bytes, unchanged_since: Signature | None = None) -> Signature | None:
    """Write ``text`` (or bytes) so that a crash leaves either the old file or the new one, never half.

    With ``unchanged_since``, the file is replaced only if it still has that
    signature right before the rename, after the slow part (writing and
    flushing the temporary file); otherwise ``ChangedOnDisk`` is raised and the
    file stays as the other program left it.

    Returns the signature of the file written, taken before it was put in
    place: asking the path afterwards could already see another program's file.
    """
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    temp = temp_path_for(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        written = signature(temp)  # a rename keeps the times, size and inode
        if unchanged_since is None:
            os.replace(temp, path)
        else:
            _replace_if_unchanged(temp, path, unchanged_since)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_dir(path.parent)
    return written


# Each swap back races only the microseconds since the last; this many in a row never happens.
_MAX_SWAPS = 100


def _changed() -> ChangedOnDisk:
    return ChangedOnDisk(errno.ESTALE, "changed on disk")


def _replace_if_unchanged(temp: Path, path: Path, expected: Signature) -> None:
    """Put ``temp`` at ``path`` only if ``path`` is still the file with signature ``expected``.

    The files are swapped, not renamed over, so the file replaced is still at
    hand (under the temporary name) to be checked; if it is not the one we
    read, another program saved it meanwhile and it is swapped back. Where
    swapping is not possible the check comes right before the rename instead.
    """
    from breakup_tui.store.exchange import exchange

    # A first check costs nothing and spares a swap (and the instant in which another program
    # could read our unchecked file) when the file changed long ago.
    if signature(path) != expected:
        raise _changed()
    placed = os.stat(temp).st_ino
    try:
        swapped = exchange(temp, path)
    except FileNotFoundError:
        raise _changed() from None  # removed or renamed since it was read
    if not swapped:
        os.replace(temp, path)  # checked just above, microseconds ago
        return
    if signature(temp) == expected:
        os.unlink(temp)  # the very file we read, now replaced
        return
    # Someone saved after we read: give their file back. If they save again in the instant
    # between two swaps, the newest of theirs is swapped in until nothing moves.
    for _ in range(_MAX_SWAPS):
        back_in = os.stat(temp).st_ino
        exchange(temp, path)
        if os.stat(temp).st_ino == placed:
            break  # what we put there came back: theirs is in place, and ours (or older) is gone
        placed = back_in
    raise _changed()


def _fsync_dir(folder: Path) -> None:
    # The rename is only durable once the folder itself reaches the disk.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_leftover_temps(folder: Path) -> None:
    """Delete temporary files a killed writer left behind."""
    if not folder.is_dir():
        return
    for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()


class EditLock:
    """One editor per client: an OS lock, released by the kernel even if the holder is killed."""

    def __init__(self, path: Path) -> None:
        # filelock is imported with the first lock, when a client opens, not at start-up.
        from filelock import FileLock

        self.path = path
        self._lock = FileLock(str(path), timeout=0, mode=0o600, is_singleton=False, thread_local=False)

    def try_acquire(self) -> bool:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
