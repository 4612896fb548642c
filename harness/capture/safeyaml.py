"""YAML for untrusted cassettes: libyaml's safe loader, with aliases refused before anything expands.

libyaml's C loader (``CSafeLoader``) keeps loading fast (LIBRARY-NOTES: about 40x the pure-Python one) and
constructs no Python objects from tags. It caps nesting depth itself. Aliases are the remaining risk: a
"billion laughs" file of nested aliases is small on disk, and shares nodes, but anything that walks the
loaded data (``str()`` of a header list, say) expands it to gigabytes. So the document is composed into its
node graph first, any node reached twice is refused, and only then is it constructed.
"""

from __future__ import annotations

from typing import Any

import yaml

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))


class AliasRefused(yaml.YAMLError):
    """The document uses an alias (``*name``)."""


def _refuse_aliases(root: yaml.Node) -> None:
    """Raise when any node is reached twice: a YAML alias (``*name``). The walk visits each node once, so
    a "billion laughs" of nested aliases is refused in time linear in the file, before anything expands."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            line = node.start_mark.line + 1
            raise AliasRefused(f"YAML aliases are not allowed in cassettes (one refers to line {line})")
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(item for pair in node.value for item in pair)


def safe_load(text: str) -> Any:
    """Parse one YAML document with libyaml's safe loader (no Python tags), refusing aliases.

    Composing the node graph first costs little (aliases share nodes, nothing expands), and lets the alias
    check run before construction, which is where shared nodes would multiply.
    """
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_aliases(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()
