"""The document register tab (Sổ văn bản)."""
