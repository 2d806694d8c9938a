"""Pieces every tab shares: the table model and sort proxy, tasks, messages, dialogs, preview."""
