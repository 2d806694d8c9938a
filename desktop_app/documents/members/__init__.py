"""Printed papers of the members area: the member list."""
