"""The meeting journal: what the mentee noted after each meeting with a mentor, and the action items agreed."""
