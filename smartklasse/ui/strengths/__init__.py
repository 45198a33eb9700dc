"""The strengths page: the 20 cards, the big view and the editor."""
