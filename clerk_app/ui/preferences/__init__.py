"""Preferences: the dialog, opened from the signed-in staff member's menu, that shows and changes the settings
config.py declares for staff and managers (each one's own, or this counter's; what IT locked shown as such)."""
