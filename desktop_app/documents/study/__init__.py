"""Printed papers of the study area: the sign-in sheet and the period summary."""
