"""Configuration from regio.toml or pyproject.toml's [tool.regio], and the findings baseline."""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from regio.validate.findings import Finding

KEYS = ("totaal", "privaat", "onderwijs", "gemeente", "provincie", "overig_publiek", "rijk")


class ConfigError(Exception):
    pass


@dataclass
class Config:
    aliases: dict[str, str] = field(default_factory=dict)
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    baseline: str | None = None
    source: Path | None = None


def find(start: Path) -> Config:
    """The nearest regio.toml, or pyproject.toml with a [tool.regio] table, from ``start`` up."""
    for folder in [start, *start.parents]:
        own = folder / "regio.toml"
        if own.is_file():
            return _parse(_read(own), own)
        project = folder / "pyproject.toml"
        if project.is_file():
            table = _read(project).get("tool", {}).get("regio")
            if table is not None:
                return _parse(table, project)
    return Config()


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _parse(table: dict, path: Path) -> Config:
    unknown = set(table) - {"aliases", "select", "ignore", "baseline"}
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))} "
                          "(known: aliases, select, ignore, baseline)")
    aliases = table.get("aliases", {})
    bad = {k: v for k, v in aliases.items() if v not in KEYS}
    if bad:
        label, key = next(iter(bad.items()))
        raise ConfigError(f"{path}: alias '{label}' maps to '{key}'; use one of {', '.join(KEYS)}")
    for name in ("select", "ignore"):
        if not isinstance(table.get(name, []), list):
            raise ConfigError(f"{path}: {name} must be a list of rule codes")
    return Config(aliases=dict(aliases), select=[c.upper() for c in table.get("select", [])],
                  ignore=[c.upper() for c in table.get("ignore", [])], baseline=table.get("baseline"), source=path)


# Version 2 fingerprints a finding with its file's path (version 1: with the file's name alone).
BASELINE_VERSION = 2


def read_baseline(path: Path) -> set[str]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        version = doc.get("version")
        fingerprints = {entry["fingerprint"] for entry in doc["findings"]}
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline not found (create it with --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"{path}: not a regio baseline ({exc})") from None
    if version != BASELINE_VERSION:
        raise ConfigError(f"{path}: a baseline of version {version}, whose fingerprints this regio does not read; "
                          "write it again with --write-baseline")
    return fingerprints


def relative_path(file: str) -> str:
    """A file's path relative to the working directory, with forward slashes ("-" stays "-")."""
    if file == "-":
        return file
    try:
        return Path(os.path.relpath(file)).as_posix()
    except ValueError:  # another drive (Windows): no relative path
        return Path(file).as_posix()


def located(finding: Finding) -> str:
    """The fingerprint baselines and code scanning know a finding by: what it is about (its
    own fingerprint) in which file, by the path relative to the working directory, so that a
    baseline written in a checkout holds in CI's, and two files of one name stay apart."""
    key = [relative_path(finding.file), finding.fingerprint]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode()).hexdigest()[:16]


def baseline_document(findings: Iterable[Finding]) -> str:
    entries = [{"fingerprint": f.fingerprint, "code": f.code, "file": relative_path(f.file), "project": f.project,
                "row": f.row, "column": f.column, "message": f.message} for f in findings]
    return json.dumps({"version": BASELINE_VERSION, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
