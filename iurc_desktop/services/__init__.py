"""Services the GUI and the command line call: catalogue reading, search, briefing, updates."""
