import sys

from iurc_desktop.cli import main

if __name__ == "__main__":  # a helper process (storage/batch_pool.py) imports the main module: do not run again
    sys.exit(main())
