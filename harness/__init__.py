"""news-harness: record news pages, replay them offline through extractors, check, compare and report."""

from harness._version import __version__
from harness.config import ConfigError, HarnessConfig, load_config
from harness.extractors.base import Extractor, ExtractorUnavailable, FunctionExtractor
from harness.model import ArticleRecord, Finding, PageResult, RunResult
from harness.page import Page, RecordedResponse

__all__ = [
    "ArticleRecord",
    "ConfigError",
    "Extractor",
    "ExtractorUnavailable",
    "Finding",
    "FunctionExtractor",
    "HarnessConfig",
    "Page",
    "PageResult",
    "RecordedResponse",
    "RunResult",
    "__version__",
    "load_config",
]
