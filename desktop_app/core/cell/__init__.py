"""The cell itself: its particulars, committee terms and the page setup of its documents."""
