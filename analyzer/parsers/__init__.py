"""Source formats: one module per format, one registry (:mod:`analyzer.parsers.registry`)."""
