"""The corpus pipeline: read, clean, detect language, split sentences, find countries,
pairs, dates and events. Pure Python: this package never imports Qt."""
