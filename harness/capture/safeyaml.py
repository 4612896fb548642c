"""YAML for untrusted cassettes: libyaml's safe loader, with aliases refused before anything expands.

libyaml's C loader (``CSafeLoader``) keeps loading fast (LIBRARY-NOTES: about 40x the pure-Python one) and
constructs no Python objects from tags. It caps nesting depth itself. Aliases are the remaining risk: a
"billion laughs" file of nested aliases is small on disk, and shares nodes, but anything that walks the
loaded data (``str()`` of a header list, say) expands it to gigabytes. So the document is composed into its
node graph first, any node reached twice is refused, and only then is it constructed.
"""

from __future__ import annotations

from itertools import chain
from typing import Any

import yaml

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LIBYAML = bool(getattr(yaml, "__with_libyaml__", False))


_is_collection = yaml.CollectionNode.__instancecheck__


class AliasRefused(yaml.YAMLError):
    """The document uses an alias (``*name``)."""


def _refuse_aliases(root: yaml.Node) -> None:
    """Raise when any node is reached twice: a YAML alias (``*name``). Each node is counted once, in bulk
    per container (a body stored as 5,000 lines is one set update), so a "billion laughs" of nested
    aliases is refused in time linear in the file, before anything expands."""
    seen: set[int] = {id(root)}
    count = 1
    stack: list[yaml.Node] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            children: list[yaml.Node] = list(chain.from_iterable(node.value))
        else:
            children = node.value
        count += len(children)
        seen.update(map(id, children))
        if len(seen) != count:
            line = node.start_mark.line + 1
            raise AliasRefused(f"YAML aliases are not allowed in cassettes (see line {line})")
        stack.extend(filter(_is_collection, children))  # C-level filter: no Python call per line


def safe_load(text: str | bytes) -> Any:
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
