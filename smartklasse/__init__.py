"""SMART klasse: the SMART wheel, the 20 character strengths and the star wall for the classroom."""

__version__ = "0.1.0"
APP_NAME = "SMART klasse"
