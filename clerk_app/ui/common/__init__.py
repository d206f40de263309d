"""What every screen shares: the context, widgets, tables, pills, formatting, turns, run_task, messages, staff
password checks and manager approval, how a pickup reads in a cell, accessibility (a11y: names, announcements),
and the bridge to the sync engine."""
