"""Keeping the register current from the Tweede Kamer's open data (issue 19): the HTTP
client (`client`), which documents match the follows and how they are fetched and
imported (`documents`), the House's oral commitments (`toezeggingen`) and the sync
with its watermark (`sync`). Above the store, beside `tracker.importing`."""
