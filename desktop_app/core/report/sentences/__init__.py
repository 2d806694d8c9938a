"""The report's sentences, area by area, each built as a claim (see ``claims``)."""
