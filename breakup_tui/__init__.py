"""breakup-tui: a terminal guide for ending a client relationship well."""

__version__ = "0.1.0"
