"""Entry point of the frozen application (PyInstaller runs this file)."""

import multiprocessing
import sys

from iurc_desktop.cli import main

if __name__ == "__main__":
    # the search index's helper process (storage/batch_pool.py) is this executable started again: let
    # multiprocessing take that start over before the app's own arguments are read
    multiprocessing.freeze_support()
    sys.exit(main())
