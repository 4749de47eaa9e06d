"""Findings → what people and CI read. Nothing here computes a check."""
