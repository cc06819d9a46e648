"""Exit statuses and the errors that end a run with one of them."""

# Exit statuses of run-torch-tidy (and of `run-torch-tidy merge`).
EXIT_CLEAN = 0        # nothing at or above --fail-on
EXIT_FINDINGS = 1     # findings at or above --fail-on (compile errors included)
EXIT_USAGE = 2        # bad options, missing or malformed database, bad rules
EXIT_TOOL_FAILED = 3  # torch-tidy crashed or timed out on a file
EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """A problem with the options, the database or the configuration: the
    run stops with EXIT_USAGE and this message."""


class Interrupted(Exception):
    """Ctrl-C or SIGTERM."""
