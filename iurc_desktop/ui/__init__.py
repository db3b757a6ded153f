"""The PySide6 user interface. Talks to services only: no SQL, no ORM objects."""
