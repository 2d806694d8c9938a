"""Printed papers of the reviews area: commitment and self-review forms, rating summary."""
