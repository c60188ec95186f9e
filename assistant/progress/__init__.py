"""Progress on each goal: entries against the goal's own measure, their history and the coach's reactions."""
