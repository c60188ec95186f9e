"""Custom Rasa graph components used by ``config.yml``."""
