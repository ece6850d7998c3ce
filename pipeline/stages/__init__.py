"""One module per stage; each a function from records to records, I/O at the edges.
The graph that wires them (which tables each reads and writes) is pipeline.graph."""
