"""Reading spreadsheets, understanding their columns, validating them, building datasets."""
