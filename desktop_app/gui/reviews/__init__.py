"""The Self-review tab (Kiểm điểm): its table models, the member panels and the review editor."""
