import sys

from rasid.cli import main

sys.exit(main())
