"""Seed data shipped with the package."""
