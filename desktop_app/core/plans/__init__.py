"""Plans, resolutions and action programmes with their targets, and what the app measures."""
