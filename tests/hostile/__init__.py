"""Hostile specs (issue 7) and the helpers the hostile tests share."""
