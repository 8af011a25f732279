"""The main window's flows: one small controller per job the window offers (the list and
its loading, importing, exporting, redating a document, changing commitments, the
overview and document tabs, the application's own dialogs), each given the window and
testable on its own."""
