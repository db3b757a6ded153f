"""Plain records and rules of the catalogue. Standard library only: no Qt, no SQLAlchemy."""
