"""The mentor shortlist: 2 to 4 candidate mentors compared on the articles' criteria, and the one to write to."""
