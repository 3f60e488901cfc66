"""Small reusable widgets of the kiosk screens."""
