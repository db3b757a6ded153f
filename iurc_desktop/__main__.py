import sys

from iurc_desktop.cli import main

sys.exit(main())
