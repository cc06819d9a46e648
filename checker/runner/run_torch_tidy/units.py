"""A file to check, and what the run learns about it on the way."""
from dataclasses import dataclass, field
from typing import List, Optional

from .compdb import CompileCommand
from .tidy import FileConfig


@dataclass(eq=False)
class Unit:
    file: str
    commands: List[CompileCommand]   # empty: not in the database
    config: FileConfig
    key: str = ""                    # cache key without the file contents
    cached: Optional[dict] = None    # a valid cache entry
    pch: Optional[object] = None     # the pch.Pch it uses
    pch_note: str = ""               # why it has none
    estimate: float = 0.0            # expected seconds
    result: Optional[dict] = None    # what the run found
    inputs: List[str] = field(default_factory=list)  # files it read
    headers: List[str] = field(default_factory=list)  # of those, not in a PCH
    export_summaries: bool = False   # write what its functions return
    summary_rules: Optional[str] = None  # other files' summaries it needs
    seconds_before: float = 0.0      # its first analysis, when checked again

    @property
    def directory(self) -> str:
        """Where relative paths in its command are resolved."""
        return self.commands[0].directory if self.commands else ""
