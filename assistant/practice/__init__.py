"""Practice: the review of a message the mentee wrote, the rehearsal of a mentor's reply, the thank-you."""
