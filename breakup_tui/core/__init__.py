"""Plain Python: the plan model and the rules behind the advice. No Textual, no disk."""
