"""The files: where they live, reading and atomic writing, locks, the trash."""
