"""Plug-ins of the Rasa server process (not of the action server, not part of the trained model): the
tracker stores (erasure on request, per-process cache), the atomic Redis lock store, speed-ups, and
what the server says when a service behind it is down; and the erasure under that lock store's
conversation lock, which ``python -m assistant erase`` takes."""
