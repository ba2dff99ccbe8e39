"""`python -m tui` runs the newsdiff command line."""

import sys

from tui.cli import main

sys.exit(main())
