"""Configuration ([tool.regio] / regio.toml), column-label aliases and the findings baseline."""

import json
import subprocess
import sys

import pytest

from conftest import SAMPLES
from regio.config import ConfigError, find
from regio.extract import columns

SAMPLE = SAMPLES / "twente-word.pdf"


def regio(*args, cwd):
    return subprocess.run([sys.executable, "-m", "regio.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_regio_toml_wins_over_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.regio]\nignore = ["RD1"]\n')
    (tmp_path / "sub").mkdir()
    assert find(tmp_path / "sub").ignore == ["RD1"]
    (tmp_path / "regio.toml").write_text('select = ["rd2"]\n[aliases]\n"Bijdrage Regio Envelop" = "rijk"\n')
    config = find(tmp_path / "sub")
    assert config.select == ["RD2"] and config.aliases == {"Bijdrage Regio Envelop": "rijk"}


@pytest.mark.parametrize("text, message", [
    ('[tool.regio]\nfoo = 1\n', "unknown setting(s) foo"),
    ('[tool.regio.aliases]\n"X" = "nowhere"\n', "use one of totaal"),
    ('[tool.regio\n', "pyproject.toml"),
])
def test_bad_configuration_is_one_clear_error(tmp_path, text, message):
    (tmp_path / "pyproject.toml").write_text(text)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        find(tmp_path)
    result = regio("check", SAMPLE, cwd=tmp_path)
    lines = result.stderr.splitlines()
    assert result.returncode == 2 and len(lines) == 1
    assert lines[0].startswith(f"regio: error: {tmp_path / 'pyproject.toml'}: ")  # one prefix, then the file


def test_aliases_name_columns_the_built_in_list_does_not_know():
    assert columns.lookup("Bijdrage Regio Deal") is None
    assert columns.lookup("Bijdrage Regio Deal", {"Bijdrage Regio Deal": "rijk"}).key == "rijk"


def test_baseline_accepts_known_findings_so_ci_fails_only_on_new_ones(tmp_path):
    written = regio("check", SAMPLE, "--write-baseline", "--baseline", "known.json", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    entries = json.loads((tmp_path / "known.json").read_text())["findings"]
    assert len(entries) == 9 and all(len(e["fingerprint"]) == 16 for e in entries)
    quiet = regio("check", SAMPLE, "--baseline", "known.json", "--format", "json", cwd=tmp_path)
    assert quiet.returncode == 0
    assert json.loads(quiet.stdout)["summary"]["baselined"] == 9
    entries.pop(0)
    (tmp_path / "known.json").write_text(json.dumps({"version": 2, "findings": entries}))
    assert regio("check", SAMPLE, "--baseline", "known.json", cwd=tmp_path).returncode == 1
    (tmp_path / "pyproject.toml").write_text('[tool.regio]\nbaseline = "missing.json"\n')
    missing = regio("check", SAMPLE, cwd=tmp_path)
    assert missing.returncode == 2 and "baseline not found" in missing.stderr
