"""IURC Desktop: an offline catalogue of the EU–China urban and regional cooperation programme."""

__version__ = "0.2.0"
