"""What the interface, the PDF and the command line show, without Qt: the relationship's read
model (dossier), names and colours for stored codes, and the text of every error message."""
