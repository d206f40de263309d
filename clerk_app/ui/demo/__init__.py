"""The Demo menu and tour, shown only in demo mode."""
