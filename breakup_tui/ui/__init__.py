"""The Textual interface: the app, its screens, the step forms, widgets and dialogs."""
