"""Page layout: a cleaned page -> its lines with their roles -> articles with headline, subheads,
bylines and dateline place.

Each paragraph line of the cleaned text is classified (``lines``: heading, subtitle, place label,
byline, lead such as 本报讯/新华社…电, notice heading, caption, body); ``articles`` starts an
article at the first line, after a closing byline, at a lead or an h1, or at a notice heading,
and gives it the header lines (headings, labels) just before its lead; ``bylines`` reads the
names and their role words. Written by hand: no library knows the layout conventions of Chinese
newspaper pages. The words these rules know are lists in ``pipeline/lexicons`` (``segment_*.tsv``,
``byline_roles.tsv``).
"""
