"""Meetings: the details of a meeting with a mentor, its questions and agenda, calendar file and debrief."""
