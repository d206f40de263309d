"""Everything Qt: windows, views, Qt models over cache queries, and the workers that keep the GUI thread free."""
