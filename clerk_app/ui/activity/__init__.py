"""What this counter did and what the server said: actions waiting to sync, conflicts, the sync log, and the words
for connection states."""
