"""The store's pickup queue: its model and page, a pickup's detail, the dialogs (ready, hand-over, arrival), the
manager's actions on a pickup, and reminders."""
