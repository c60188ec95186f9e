"""Coaching logic: plain functions that check, parse and compose what the mentee says."""
