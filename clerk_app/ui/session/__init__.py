"""Who is at the counter: sign-in, the idle lock and staff switch, and enrolling this computer into a store."""
