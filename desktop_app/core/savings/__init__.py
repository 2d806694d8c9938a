"""Thrift against baselines, social work, commendations and violations."""
