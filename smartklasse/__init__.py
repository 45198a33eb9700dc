"""SMART klasse: the SMART wheel, the 20 character strengths and the star wall for the classroom."""

__version__ = "0.1.0"
APP_NAME = "SMART klasse"
#: Reverse-DNS id: the desktop entry and AppStream file names, Windows AppUserModelID, macOS bundle.
APP_ID = "io.github.smartklasse.SmartKlasse"
