"""The udev rules shipped in packaging/: they parse as udev reads them and cover each device kind.

udev itself cannot run here, so each rule is read with udev's own token grammar
(KEY[{attribute}] operator "value", comma separated) and checked for what the kiosk relies on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

RULES = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "99-makerspace-kiosk.rules"

TOKEN = re.compile(
    r"\s*(?P<key>[A-Z_]+)(?:\{(?P<attr>[^}]+)\})?"
    r'(?P<op>==|!=|\+=|-=|:=|=)"(?P<value>[^"]*)"\s*'
)
MATCH_KEYS = {"ACTION", "SUBSYSTEM", "ATTRS", "ATTR", "DRIVERS", "KERNEL", "ENV"}
ASSIGN_KEYS = {"GROUP", "MODE", "SYMLINK", "ENV", "RUN", "ATTR"}

Rule = list[tuple[str, str | None, str, str]]


def parse(line: str) -> Rule:
    tokens: Rule = []
    for part in line.split(","):
        found = TOKEN.fullmatch(part)
        if found is None:
            raise ValueError(f"not a udev token: {part!r}")
        tokens.append((found["key"], found["attr"], found["op"], found["value"]))
    return tokens


def rules() -> list[Rule]:
    lines = RULES.read_text().splitlines()
    return [parse(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def matches(rule: Rule, key: str, attr: str | None, value: str) -> bool:
    return (key, attr, "==", value) in rule


def assigns(rule: Rule, key: str, attr: str | None = None) -> str | None:
    for k, a, op, value in rule:
        if (k, a) == (key, attr) and op in ("=", "+=", ":="):
            return value
    return None


def test_every_rule_parses_with_known_keys() -> None:
    parsed = rules()
    assert len(parsed) >= 8
    for rule in parsed:
        for key, _, op, _ in rule:
            known = MATCH_KEYS if op in ("==", "!=") else ASSIGN_KEYS
            assert key in known, f"{key}{op} in {rule}"


def test_parse_rejects_what_udev_would_reject() -> None:
    with pytest.raises(ValueError, match="not a udev token"):
        parse('SUBSYSTEM=="tty", GROUP=dialout')


@pytest.mark.parametrize(
    ("vendor", "product", "printer"),
    [
        ("2341", None, False),
        ("2a03", None, False),
        ("0403", None, False),
        ("1a86", "7523", False),
        ("2c99", None, True),
        ("0483", "5740", True),
    ],
)
def test_each_device_kind_is_usable_named_and_kept_from_modemmanager(
    vendor: str, product: str | None, printer: bool
) -> None:
    found = [
        rule
        for rule in rules()
        if matches(rule, "ATTRS", "idVendor", vendor)
        and (product is None or matches(rule, "ATTRS", "idProduct", product))
    ]
    assert len(found) == 1
    rule = found[0]
    assert matches(rule, "SUBSYSTEM", None, "tty")
    assert assigns(rule, "GROUP") == "dialout"
    assert assigns(rule, "ENV", "ID_MM_DEVICE_IGNORE") == "1"
    assert (assigns(rule, "SYMLINK") or "").startswith("makerspace/")
    # a printer keeps DTR up between opens; a relay controller resets (so locks) as before
    assert (assigns(rule, "ENV", "MAKERSPACE_HUPCL") == "off") is printer


def test_hupcl_is_cleared_after_every_tagging_rule() -> None:
    parsed = rules()
    clearing = [
        index
        for index, rule in enumerate(parsed)
        if matches(rule, "ENV", "MAKERSPACE_HUPCL", "off")
    ]
    assert len(clearing) == 1
    assert assigns(parsed[clearing[0]], "RUN") == "/bin/stty -F /dev/%k -hupcl"
    assert matches(parsed[clearing[0]], "ACTION", None, "add")
    tagging = [i for i, rule in enumerate(parsed) if assigns(rule, "ENV", "MAKERSPACE_HUPCL")]
    assert tagging and max(tagging) < clearing[0]
