"""Printed documents: the document model and its PDF and Word renderers here, each area's
builders (pure functions of plain data the core reads) and jobs in <area>/."""
