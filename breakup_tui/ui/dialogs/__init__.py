"""Modal dialogs, each returning its result through ``dismiss``."""
