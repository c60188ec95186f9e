"""Language helpers used by the NLU components and the actions: text folding (``text.fold`` is referenced by
the trained classifiers: keep its module path), requests in so many words, asides inside forms, knowledge-base
choice."""
