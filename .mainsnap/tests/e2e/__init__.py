"""Helpers for the real-browser test: a JupyterLab server and a headless Chromium."""
