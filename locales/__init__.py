"""Gettext catalogs for the user-facing strings."""
