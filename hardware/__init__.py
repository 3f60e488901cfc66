"""Serial hardware layer: transports, device drivers, simulators. Imports neither kiosk nor Qt."""
