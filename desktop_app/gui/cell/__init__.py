"""The cell's particulars dialog and the page setup of printed documents."""
