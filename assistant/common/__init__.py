"""Pieces every feature shares: answer-check results, the mentor, French text helpers, dates, templating."""
