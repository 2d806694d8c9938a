"""The Report tab (Báo cáo): drafts, their particulars, issuing."""
