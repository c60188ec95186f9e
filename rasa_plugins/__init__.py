"""Plug-ins loaded by the Rasa server process (not by the action server, not part of the trained model): the
tracker stores (erasure on request, per-process cache), the atomic Redis lock store, and speed-ups."""
