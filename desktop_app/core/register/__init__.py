"""The document register (sổ văn bản): numbers per type and term, issued documents."""
