"""The store manager's dashboard: its charts and tiles, and the CSV export."""
