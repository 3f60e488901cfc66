"""The kiosk's devices: what the configuration declares, built into hardware clients and kept
with their live state. Qt-free; the UI sees them through `kiosk.ui.device_bridge`."""
