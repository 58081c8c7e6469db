"""crosscheck: which claims do news outlets agree on, contradict, or carry alone.

>>> from crosscheck import CrossChecker
>>> result = CrossChecker().check(["seeds/"])
"""
__version__ = "0.1.0"

from .errors import CrosscheckError, IndexMismatchError, InputError, ModelError  # noqa: E402
from .models import Article, Claim, Cluster, Finding, Sentence, Skipped  # noqa: E402
from .pipeline import CheckResult, CrossChecker  # noqa: E402

__all__ = [
    "CrossChecker", "CheckResult", "Article", "Sentence", "Cluster", "Claim", "Finding",
    "Skipped", "CrosscheckError", "InputError", "IndexMismatchError", "ModelError", "__version__",
]
