"""The Members tab (Đảng viên): its table model, the member dialog and the Excel import preview."""
