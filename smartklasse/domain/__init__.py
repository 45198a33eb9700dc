"""The domain: plain Python, no Qt. Strengths, wheels, class lists, star walls and their rules."""
