"""Allow ``python -m smartklasse``."""

import sys

from smartklasse.app import main

sys.exit(main(sys.argv[1:]))
