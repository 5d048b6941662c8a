"""Read YAML while remembering the line of every key, so errors can name file, line and field."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError

Loc = tuple[Any, ...]


class LocatedYAML:
    """A parsed YAML document plus the 1-based line of every mapping key and list item."""

    def __init__(self, path: Path, data: Any, lines: dict[Loc, int]):
        self.path = path
        self.data = data
        self.lines = lines

    def line_of(self, loc: Loc) -> int | None:
        """The line of the deepest known prefix of ``loc``."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), None)

    def where(self, loc: Loc) -> str:
        line = self.line_of(loc)
        return f"{self.path}:{line}" if line else str(self.path)

    def error(self, loc: Loc, message: str, hint: str | None = None) -> InputError:
        field = ".".join(str(p) for p in loc)
        text = f"{field}: {message}" if field else message
        return InputError(text, where=self.where(loc), hint=hint)


_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser is ~20x faster when present


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    """SafeLoader that leaves dates as text: the models check them and explain a bad one."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct(node: yaml.Node, loc: Loc, lines: dict[Loc, int], loader: _Loader) -> Any:
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if isinstance(key, (list, dict)):
                raise InputError("a mapping key must be a plain value", where=f"line {key_node.start_mark.line + 1}")
            lines[loc + (key,)] = key_node.start_mark.line + 1
            out[key] = _construct(value_node, loc + (key,), lines, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, loc + (i,), lines, loader) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def read_yaml(path: str | Path) -> LocatedYAML:
    """Parse ``path``; a syntax error becomes an InputError naming the line and the problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("file not found", where=str(path)) from None
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", where=str(path),
                         hint="save the file as UTF-8") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", where=str(path)) from None
    return parse_yaml_text(text, path)


def parse_yaml_text(text: str, path: Path) -> LocatedYAML:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        lines: dict[Loc, int] = {}
        data = _construct(node, (), lines, loader) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = exc.problem or "malformed YAML"
        raise InputError(f"malformed YAML: {problem}", where=f"{path}{line}",
                         hint="check indentation, colons and quotes on that line") from None
    except yaml.YAMLError as exc:
        raise InputError(f"malformed YAML: {exc}", where=str(path)) from None
    finally:
        loader.dispose()
    return LocatedYAML(path, data, lines)
