"""Goals: a SMART goal asked for, checked, summarised and kept."""
