"""Rasa SDK actions: read the tracker, call ``assistant``, reply, return events."""
