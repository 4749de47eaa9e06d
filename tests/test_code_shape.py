"""The code's own limits: functions short enough to read at once, parameter lists short
enough to call without counting. The command functions of the CLI are exempt from the
parameter limit: their parameters are their options."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "regio"
LONGEST = 60
MOST_PARAMETERS = 8


def _functions():
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield path.relative_to(ROOT.parent), node


def _is_command(path: Path, node: ast.FunctionDef) -> bool:
    """A command of the CLI: the function its module in regio/cli/ is named after."""
    return path.parts[:2] == ("regio", "cli") and node.name == path.stem


def test_no_function_is_longer_than_sixty_lines():
    long = [f"{path}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
            for path, node in _functions() if node.end_lineno - node.lineno + 1 > LONGEST]
    assert not long, "\n".join(long)


def test_no_parameter_list_is_longer_than_eight():
    def count(node) -> int:
        args = node.args
        names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
        return len([n for n in names if n not in ("self", "cls")])

    many = [f"{path}:{node.lineno} {node.name} ({count(node)} parameters)"
            for path, node in _functions() if count(node) > MOST_PARAMETERS and not _is_command(path, node)]
    assert not many, "\n".join(many)
