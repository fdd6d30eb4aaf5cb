"""Relations Desktop: an offline atlas of bilateral relations between countries."""

__version__ = "0.1.0"
APP_NAME = "Relations Desktop"
APP_ID = "relations-desktop"
