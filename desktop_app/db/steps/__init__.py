"""One module per schema version after the first; see desktop_app/db/migrations.py."""
