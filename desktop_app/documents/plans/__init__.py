"""Printed papers of the plans area: a plan, resolution or action programme."""
