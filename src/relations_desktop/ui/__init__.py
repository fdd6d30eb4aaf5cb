"""The Qt interface: windows, models and widgets. Reads the corpus through store queries only."""
