"""`python -m tui` runs the newsdiff command line."""

import gc
import sys

from tui.core import collector

# What importing the command line makes lives as long as the process: the collector's passes
# over it would free nothing, so it is made with the collector paused and set out of its reach.
with collector.paused():
    from tui.cli import main

    gc.freeze()

sys.exit(main())
