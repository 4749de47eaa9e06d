"""regio: reads Regio Deal proposals and shows where the money does not add up."""

__version__ = "0.1.0"
