"""The standalone app (PyInstaller): ``python -m relations_desktop.packaging [--onefile] [--clean]``."""
