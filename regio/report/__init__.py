"""Findings → what people and CI read. Nothing here computes a check."""

_CONTROL = dict.fromkeys([*range(32), 127, *range(0x80, 0xA0)], " ")


def printable(text: str, newlines: bool = False) -> str:
    """Text from a document or a file name without control characters (a newline forging a
    line of output, ESC sequences reaching the terminal); newlines kept where asked."""
    table = {k: v for k, v in _CONTROL.items() if not (newlines and k == 10)}
    return str(text).translate(table)

