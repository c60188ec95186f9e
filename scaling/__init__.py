"""Rasa add-ons for running several Rasa processes (not part of the trained model)."""
