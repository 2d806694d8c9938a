"""Study sessions, their attendance, and the figures a report quotes about study."""
