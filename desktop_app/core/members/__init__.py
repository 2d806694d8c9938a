"""Members (đảng viên, quần chúng): the roster, its rules and counts, Excel import and export."""
