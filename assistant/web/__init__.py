"""The website page that hosts the chat widget, and its small web server."""
