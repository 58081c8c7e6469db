"""Writing files so that a crash or a full disk never leaves a cut-off one in place."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_synced(path: str | Path, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) and flush it to disk, so a later rename finds it whole."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with open(path, "wb") as out:
        out.write(raw)
        out.flush()
        os.fsync(out.fileno())


def write_atomically(path: str | Path, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` in one step: written beside it, then renamed over it. On
    any failure the old file stays and no temporary file is left behind."""
    path = Path(path)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        write_synced(tmp, data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
