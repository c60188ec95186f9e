"""Relationship check-in: rhythm of meetings, expectations on both sides, feedback, trust; one next step, or how to
close the relationship well."""
