"""Offline-first synchronisation between branch terminals and the library's central store.

See docs/sync.md. `status` is free of SQLAlchemy, so the screens may import it."""
