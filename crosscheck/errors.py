"""Exceptions raised by the library; only ``cli.py`` turns them into messages and exit codes."""


class CrosscheckError(Exception):
    """Base class of every error crosscheck raises on purpose."""


class InputError(CrosscheckError):
    """A file or argument the user gave cannot be used (the message names it and why)."""


class IndexMismatchError(CrosscheckError):
    """An index was built with another model or format than the one asked for."""


class ModelError(CrosscheckError):
    """An embedding model cannot be built or loaded."""


class OutputError(CrosscheckError):
    """Reports or an index cannot be written where asked (the message names the path)."""


class IndexLockedError(CrosscheckError):
    """Another crosscheck run is writing the index (the message names its lock file)."""
