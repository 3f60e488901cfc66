"""One module per kiosk screen; KioskWindow stacks them."""
