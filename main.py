"""Start SMART klasse: ``python main.py [--data-dir PATH] [--lang nb|nn|en]``."""

import sys

from smartklasse.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
