"""Outreach: the first message to a potential mentor, composed, revised and kept with every version."""
