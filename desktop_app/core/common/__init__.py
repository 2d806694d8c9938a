"""Pieces every area shares: Vietnamese text (normalising, folding, order) and formats."""
