"""Measured quantities of a page, as a library beneath the statistics stage.

How a statistic is found, one module per step:

1. `candidates`: numerals from `pipeline.numbers.find_numerals`, kept only where the word
   tokens agree that they stand alone and where they are not part of a date, an ordinal, a
   code or an entity name;
2. `measure`: the measure word and approximation markers around each numeral, cut off by
   lexicon; spaCy Matcher patterns over the quantity roles (`pipeline.nlp.number_patterns`)
   pick the statistics (the pieces and matches: `pieces`), then exclusions (`exclusions`: the
   article 一, named counts, levels) and value, bounds, approximation, unit and kind (values
   folded to base units, the written measure kept);
3. `objects`: what is counted, from the word tokens and their POS after the unit or before
   the number;
4. `links`: the place, organization and day of each statistic;
5. `rows`: the `statistics` rows (records.Statistic) of a document.

The word lists are data in `pipeline/lexicons/` (stats_*.tsv, numerals_*.tsv).
"""

from pipeline.quantities.rows import document_statistics

__all__ = ["document_statistics"]
