"""landmark: the landmark papers of neural machine translation, rebuilt from scratch."""

__version__ = "0.1.0"
