"""One module per stage; each a function from records to records, I/O at the edges."""
