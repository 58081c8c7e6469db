"""Evaluation against gold data: the seed gate and the public sets (``crosscheck eval``)."""
