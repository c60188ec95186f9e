"""A small text classifier: logistic regression over character n-grams, word n-grams and a sentence vector.

Plain Python (scikit-learn, no Rasa), shared by the intent classifier (``intent_classifier.py``)
and the knowledge base's topic classifier (``faq_topics.py``). The text is lower-cased and
unaccented first (``assistant.coaching.text.fold``), so « tutoiement », « Tutoiement » and
« tutoiment » share most of their features; the spaCy vector carries meaning across synonyms.
On the held-out set it scored an intent macro-F1 of 0.95 where DIET scored 0.90, and it trains
in seconds instead of minutes (``docs/nlu-report.md``, ``docs/benchmarks.md``).
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from assistant.coaching.text import fold

#: How many labels a ranking keeps.
RANKING_LENGTH = 10


class TextClassifier:
    """Learns labels from texts and their sentence vectors; ranks the labels of new texts."""

    def __init__(self, c: float = 50.0, vector_weight: float = 0.5, random_seed: int = 4242, min_df: int = 1) -> None:
        # ``min_df``: a character n-gram is a feature only when that many training texts have it; 2 drops the
        # n-grams of one sentence's typos, which fit nothing new and slow the regression down.
        self.chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, preprocessor=fold, min_df=min_df
        )
        self.words = TfidfVectorizer(
            analyzer="word", ngram_range=(1, 2), sublinear_tf=True, preprocessor=fold, token_pattern=r"(?u)\b\w+\b"
        )
        self.vector_weight = vector_weight
        self.classifier = LogisticRegression(C=c, max_iter=3000, random_state=random_seed)

    def _features(self, texts: list[str], vectors: np.ndarray, fit: bool = False) -> csr_matrix:
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        unit = np.divide(vectors, norms, out=np.zeros_like(vectors, dtype=float), where=norms > 0)
        chars = self.chars.fit_transform(texts) if fit else self.chars.transform(texts)
        words = self.words.fit_transform(texts) if fit else self.words.transform(texts)
        return hstack([chars, words, csr_matrix(unit * self.vector_weight)]).tocsr()

    def fit(self, texts: list[str], vectors: np.ndarray, labels: list[str]) -> TextClassifier:
        """Learn the labels of ``texts`` (one sentence vector per text)."""
        self.classifier.fit(self._features(texts, vectors, fit=True), labels)
        return self

    def __getstate__(self) -> dict:
        """What is saved: everything but the serving copy of the coefficients."""
        return {k: v for k, v in self.__dict__.items() if k != "_coef_t"}

    def _probabilities(self, features: csr_matrix) -> np.ndarray:
        """``predict_proba`` of the multinomial regression, with the coefficients kept transposed and contiguous:
        scikit-learn multiplies by ``coef_.T``, a view that scipy copies on every call (all the classes × all
        the features, most of the classifier's time per message)."""
        coef = self.classifier.coef_
        if coef.shape[0] == 1 or getattr(self.classifier, "multi_class", "auto") == "ovr":
            return self.classifier.predict_proba(features)  # binary or one-vs-rest: not a softmax
        coef_t = self.__dict__.get("_coef_t")
        if coef_t is None:
            coef_t = self._coef_t = np.ascontiguousarray(coef.T)
        scores = np.asarray(features @ coef_t) + self.classifier.intercept_
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def rank(self, texts: list[str], vectors: np.ndarray) -> list[list[tuple[str, float]]]:
        """(label, probability) per text, likeliest first, at most ``RANKING_LENGTH``."""
        probabilities = self._probabilities(self._features(texts, vectors))
        labels = self.classifier.classes_
        return [[(str(labels[i]), float(row[i])) for i in np.argsort(-row)[:RANKING_LENGTH]] for row in probabilities]
