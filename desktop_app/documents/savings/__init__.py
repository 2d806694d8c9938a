"""Printed papers of the savings area: thrift and social-work tables, thrift charts."""
