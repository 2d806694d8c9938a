"""The summary report: outlines, drafting from the areas' facts, the appendix, issuing."""
