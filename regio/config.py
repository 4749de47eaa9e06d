"""Configuration from regio.toml or pyproject.toml's [tool.regio], and the findings baseline."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

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


def read_baseline(path: Path) -> set[str]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return {entry["fingerprint"] for entry in doc["findings"]}
    except FileNotFoundError:
        raise ConfigError(f"{path}: baseline not found (create it with --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: not a regio baseline ({exc})") from None


def baseline_document(findings) -> str:
    entries = [{"fingerprint": f.fingerprint, "code": f.code, "file": Path(f.file).name, "project": f.project,
                "row": f.row, "column": f.column, "message": f.message} for f in findings]
    return json.dumps({"version": 1, "findings": entries}, indent=2, ensure_ascii=False) + "\n"
