"""The Study tab (Học tập): its table models and the session dialog."""
