"""Entry point of `python -m hardware`."""

from hardware.cli import main

raise SystemExit(main())
