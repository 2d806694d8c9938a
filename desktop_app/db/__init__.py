"""The data layer: one DatabaseProxy bound at start-up, peewee models, migrations."""

from peewee import DatabaseProxy

database = DatabaseProxy()
