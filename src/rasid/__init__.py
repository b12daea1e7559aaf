"""rasid (راصد, "the observer"): source-grounded event intelligence from Arabic news.

The public API is small::

    import rasid
    doc = rasid.analyze(text_or_html, published="2014-12-09")
    doc.to_dict()   # the analysis contract (shared/eval/SCHEMA.md)
"""

from rasid.model import Document
from rasid.pipeline import analyze

__all__ = ["analyze", "Document"]
__version__ = "0.1.0"
