"""rasid (راصد, "the observer"): source-grounded event intelligence from Arabic news.

The public API is small::

    import rasid
    doc = rasid.analyze(text_or_html, published="2014-12-09")
    doc.to_dict()   # the analysis contract (shared/eval/SCHEMA.md)
"""

from rasid import _native

_native.install_guard()  # before any stage module is imported: stale compiled code never runs

from rasid.model import Document  # noqa: E402
from rasid.pipeline import analyze  # noqa: E402

__all__ = ["analyze", "Document"]
__version__ = "0.1.0"
