import sys

from iurc_desktop.cli import main

if __name__ == "__main__":  # importing the module (a tool, a test) must not run the app
    sys.exit(main())
