"""Writers for what leaves the app: the letter, the plan and the calendar."""
