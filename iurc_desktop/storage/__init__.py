"""SQLite storage through SQLAlchemy: the catalogue database and the user database."""
