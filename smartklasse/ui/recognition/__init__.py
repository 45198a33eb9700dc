"""Recognition (anerkjennelse): the pupil of the week, strength cards, focus."""
