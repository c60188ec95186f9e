"""Mentorat: the coaching domain (goals, outreach, meetings) and its storage, without Rasa."""
