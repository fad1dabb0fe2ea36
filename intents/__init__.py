"""Intent keywords as data (YAML), editable by non-programmers."""
