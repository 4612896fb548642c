"""Find extractors by name: built-ins, installed entry points (``news_harness.extractors``), dotted paths."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from harness.extractors.base import Extractor, ExtractorUnavailable, FunctionExtractor

ENTRY_POINT_GROUP = "news_harness.extractors"


class UnknownExtractor(LookupError):
    """The name matches no built-in, entry point or importable ``module:attr``."""


def _builtins() -> dict[str, Callable[[], Extractor]]:
    from harness.extractors import adapters, generic

    return {
        "generic": generic.GenericExtractor,
        "trafilatura": adapters.TrafilaturaExtractor,
        "readability": adapters.ReadabilityExtractor,
        "newspaper4k": adapters.Newspaper4kExtractor,
    }


def _entry_points() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available() -> list[str]:
    """Names that :func:`get` accepts without a dotted path (optional ones may still be unavailable)."""
    return sorted({*_builtins(), *_entry_points()})


def _coerce(name: str, obj: Any) -> Extractor:
    if isinstance(obj, type):
        obj = obj()
    if isinstance(obj, Extractor):
        return obj
    if callable(obj):
        module = importlib.import_module(obj.__module__) if hasattr(obj, "__module__") else None
        version = str(getattr(module, "__version__", "0"))
        return FunctionExtractor(name, obj, version)
    raise UnknownExtractor(f"{name!r} is neither an Extractor nor a callable")


def _cwd_importable() -> str:
    cwd = os.getcwd()
    if cwd not in sys.path and "" not in sys.path:
        sys.path.append(cwd)
    return cwd


def _import_user_module(name: str, module_name: str) -> Any:
    """Import the module of a ``module:attr`` spec, the working folder importable as with ``python -m``.

    A user runs ``harness run -e mymod:parse`` beside ``mymod.py`` and expects it to be found; the folder
    goes at the end of ``sys.path`` so it never shadows an installed package of the same name.
    """
    cwd = _cwd_importable()
    try:
        return importlib.import_module(module_name)
    except ImportError as exc:
        hint = ""
        if isinstance(exc, ModuleNotFoundError) and exc.name == module_name.split(".")[0]:
            hint = f"; looked in the working folder {cwd} and on sys.path (is the package installed?)"
        message = f"unknown extractor {name!r}: cannot import {module_name!r} ({exc}){hint}"
        raise UnknownExtractor(message) from exc


def _scrapy(spec: str) -> Extractor:
    from harness.extractors.scrapy_adapter import ScrapyCallbackExtractor, ScrapySpecError

    _cwd_importable()  # a Scrapy project is usually run from its own folder
    try:
        return ScrapyCallbackExtractor(spec)
    except ScrapySpecError as exc:
        raise UnknownExtractor(str(exc)) from None


def _is_spider_callback(value: str) -> bool:
    """An entry point's ``module:Spider.callback`` naming a method of a ``scrapy.Spider`` subclass."""
    module_name, _, rest = value.partition(":")
    cls_name, dot, _callback = rest.partition(".")
    if not dot:
        return False
    try:
        from scrapy import Spider
    except ImportError:
        return False
    cls = getattr(importlib.import_module(module_name), cls_name, None)
    return isinstance(cls, type) and issubclass(cls, Spider)


def get(name: str) -> Extractor:
    """Resolve ``name``; raises :class:`UnknownExtractor` or :class:`ExtractorUnavailable`.

    ``scrapy:package.module:Spider.callback`` (or an entry point naming one) is a Scrapy spider callback.
    """
    if name.startswith("scrapy:"):
        return _scrapy(name[len("scrapy:") :])
    builtins = _builtins()
    if name in builtins:
        return builtins[name]()
    eps = _entry_points()
    if name in eps:
        if _is_spider_callback(eps[name].value):
            return _scrapy(eps[name].value)
        return _coerce(name, eps[name].load())
    if ":" in name:
        module_name, _, attr = name.partition(":")
        module = _import_user_module(name, module_name)
        try:
            obj = getattr(module, attr)
        except AttributeError:
            raise UnknownExtractor(f"unknown extractor {name!r}: {module_name!r} has no {attr!r}") from None
        return _coerce(name, obj)
    raise UnknownExtractor(
        f"unknown extractor {name!r}; available: {', '.join(available())} "
        "(or a dotted path 'package.module:function', or 'scrapy:package.module:Spider.callback')"
    )


__all__ = ["ENTRY_POINT_GROUP", "ExtractorUnavailable", "UnknownExtractor", "available", "get"]
