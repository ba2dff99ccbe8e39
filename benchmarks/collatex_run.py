"""CollateX's alignment of the text files given, as JSON to stdout: the yardstick process of
issue 13's speed target (`benchmark.py`'s "Against CollateX" runs it with the Python named by
COLLATEX_PYTHON, one with `pip install collatex python-Levenshtein`)."""

import sys
from pathlib import Path

from collatex import Collation, collate

collation = Collation()
for name in sys.argv[1:]:
    path = Path(name)
    collation.add_plain_witness(path.stem, path.read_text(encoding="utf-8"))
print(collate(collation, output="json", segmentation=True))
