"""The main window's flows: one small controller per job the window offers (exporting,
redating a document, importing), each given the window and testable on its own."""
