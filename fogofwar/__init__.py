"""fogofwar: conflict news in, a geocoded, source-attributed event database out."""
__version__ = "0.1.0"
