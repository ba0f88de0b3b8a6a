from landmark.evaluate.scoring import Scores, corpus_scores

__all__ = ["Scores", "corpus_scores"]
