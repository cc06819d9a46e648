"""Talking to torch-tidy: the options passed through, its configuration for a
file, the check that the rules load, and the command for one file."""
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import yaml

from .errors import UsageError

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml
    _Loader = yaml.SafeLoader


def load_yaml(text: str):
    return yaml.load(text, Loader=_Loader)


@dataclass
class TidyOptions:
    """The clang-tidy options run-torch-tidy hands to every torch-tidy run."""
    checks: Optional[str] = None
    config: Optional[str] = None
    config_file: Optional[str] = None
    header_filter: Optional[str] = None
    exclude_header_filter: Optional[str] = None
    warnings_as_errors: Optional[str] = None
    system_headers: bool = False
    line_filter: Optional[str] = None
    extra_args: List[str] = field(default_factory=list)
    extra_args_before: List[str] = field(default_factory=list)
    load: List[str] = field(default_factory=list)

    def load_args(self) -> List[str]:
        return ["--load=" + plugin for plugin in self.load]

    def args(self, config: Optional[str] = None) -> List[str]:
        """The options; with `config`, that configuration replaces the
        --config or --config-file given (it is a file's whole
        configuration, as --dump-config printed it)."""
        out = self.load_args()
        if config is not None:
            out.append("--config=" + config)
        for flag, value in (("--checks", self.checks),
                            ("--config", None if config else self.config),
                            ("--config-file",
                             None if config else self.config_file),
                            ("--header-filter", self.header_filter),
                            ("--exclude-header-filter",
                             self.exclude_header_filter),
                            ("--warnings-as-errors", self.warnings_as_errors),
                            ("--line-filter", self.line_filter)):
            if value is not None:
                out.append("%s=%s" % (flag, value))
        if self.system_headers:
            out.append("--system-headers")
        out += ["--extra-arg-before=" + a for a in self.extra_args_before]
        out += ["--extra-arg=" + a for a in self.extra_args]
        return out


@dataclass(frozen=True)
class FileConfig:
    """A file's effective clang-tidy configuration, as --dump-config says."""
    text: str
    header_filter: str
    system_headers: bool
    rule_files: Tuple[str, ...]   # TorchRuleFiles entries, as written
    model_paths: Tuple[str, ...]  # TorchModelPaths entries, as written


def resolve(paths: Tuple[str, ...], directory: str) -> Tuple[str, ...]:
    """Paths of TorchRuleFiles or TorchModelPaths as torch-tidy reads them:
    relative ones from the directory it analyzes a file in, the compile
    command's (clang's tooling makes it the working directory)."""
    return tuple(os.path.normpath(os.path.join(directory, p)) for p in paths)


def _option_values(options: Dict[str, object], name: str):
    values = []
    for key, value in sorted(options.items()):
        if key == name or key.endswith("." + name):
            for part in str(value or "").split(";"):
                part = part.strip()
                if part and part not in values:
                    values.append(part)
    return tuple(values)


class TorchTidy:
    def __init__(self, binary: str, options: TidyOptions, cwd: str):
        if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
            raise UsageError("torch-tidy not found at '%s'; use --torch-tidy "
                             "PATH" % binary)
        self.binary = binary
        self.options = options
        self.cwd = cwd
        self._configs: Dict[str, FileConfig] = {}
        version = self._run([binary, "--version"]).stdout
        # torch-tidy: "torch-tidy version 0.1.0 (git ...)", then "LLVM
        # version 19.1.7"; clang-tidy-19 with the plugin: "Debian LLVM
        # version 19.1.7".
        self.version = next((l.strip() for l in version.splitlines()
                             if "version" in l), version.strip())
        m = re.search(r"LLVM version (\d+)", version)
        self.llvm_major = m.group(1) if m else "19"
        with open(binary, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        # What identifies the analysis: the binary and the LLVM it reports.
        self.identity = digest + "\n" + version

    def _run(self, cmd, cwd=None, **kw):
        try:
            return subprocess.run(cmd, cwd=cwd or self.cwd,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True,
                                  errors="replace", **kw)
        except OSError as e:
            raise UsageError("cannot run %s: %s" % (cmd[0], e))

    def companion(self, name: str) -> Optional[str]:
        """An LLVM tool of torch-tidy's LLVM version: clang++, clang-scan-deps."""
        for candidate in ("%s-%s" % (name, self.llvm_major),
                          "/usr/lib/llvm-%s/bin/%s" % (self.llvm_major, name)):
            found = shutil.which(candidate)
            if found:
                return found
        return None

    def config_for(self, source: str) -> FileConfig:
        """The configuration torch-tidy uses for `source` (per directory:
        .clang-tidy files apply to directories)."""
        key = os.path.dirname(source)
        if key in self._configs:
            return self._configs[key]
        p = self._run([self.binary, *self.options.args(), "--dump-config",
                       source])
        if p.returncode != 0:
            raise UsageError("torch-tidy cannot read the configuration for "
                             "%s:\n%s" % (source, p.stderr.strip()))
        try:
            data = load_yaml(p.stdout)
        except yaml.YAMLError as e:
            raise UsageError("torch-tidy --dump-config for %s printed no "
                             "YAML: %s" % (source, e))
        if not isinstance(data, dict):
            raise UsageError("torch-tidy --dump-config for %s printed no "
                             "configuration" % source)
        options = data.get("CheckOptions") or {}
        if isinstance(options, list):  # the old key/value list form
            options = {o.get("key"): o.get("value") for o in options
                       if isinstance(o, dict)}
        config = FileConfig(
            text=p.stdout,
            header_filter=str(self.options.header_filter
                              if self.options.header_filter is not None
                              else data.get("HeaderFilterRegex") or ""),
            system_headers=bool(self.options.system_headers
                                or data.get("SystemHeaders")),
            rule_files=_option_values(options, "TorchRuleFiles"),
            model_paths=_option_values(options, "TorchModelPaths"))
        self._configs[key] = config
        return config

    def preflight(self, config: FileConfig, directory: str) -> str:
        """Runs torch-tidy with this configuration on an empty file in
        `directory` (where it analyzes the files of this configuration), so
        that rule files that do not load stop the run before any work;
        returns torch-tidy's resource directory (where it finds its builtin
        headers), which a precompiled header must be built with."""
        with tempfile.TemporaryDirectory(prefix="run-torch-tidy-") as tmp:
            source = os.path.join(tmp, "empty.cpp")
            with open(source, "w") as f:
                f.write("\n")
            p = self._run([self.binary, *self.options.load_args(),
                           "--config=" + config.text, "--quiet",
                           source, "--extra-arg=-v", "--", "-std=c++17"],
                          cwd=directory)
        for line in p.stdout.splitlines():
            if "[clang-tidy-config]" in line or \
                    "cannot load torch-tidy rules" in line:
                raise UsageError(re.sub(r"^error: ", "", line.strip()))
        refusals = [l for l in p.stderr.splitlines()
                    if l.startswith(("Error", "error:"))]
        if p.returncode != 0 and refusals:
            raise UsageError("torch-tidy refuses the configuration: "
                             + "; ".join(refusals))
        m = re.search(r'"-resource-dir" "([^"]+)"', p.stderr)
        return m.group(1) if m else ""

    def command(self, db_dir: str, source: str, export_fixes: str,
                pch: Optional[str], config: Optional[str] = None
                ) -> List[str]:
        """The torch-tidy command for one file, with `config` as its whole
        configuration when given. `-H` lists the headers the file includes
        on stderr: they are part of its cache key."""
        cmd = [self.binary, "-p", db_dir, *self.options.args(config),
               "--quiet",
               "--export-fixes=" + export_fixes, "--extra-arg=-H"]
        if pch:
            cmd += ["--extra-arg=-include-pch", "--extra-arg=" + pch]
        cmd.append(source)
        return cmd
