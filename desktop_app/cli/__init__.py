"""Subcommands for automation. Each module defines ``register(subparsers)``.

Subcommands print Vietnamese messages to stderr on failure and exit non-zero; they
never import Qt.
"""
