"""Commitments, year-end self-reviews, remedies, feedback, ratings, and the form templates."""
