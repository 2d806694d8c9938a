"""Documents of closed years and the change log."""
