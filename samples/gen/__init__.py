"""Render the sample PDFs of samples/twente/ (see samples/README.md)."""
