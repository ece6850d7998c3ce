"""Chinese news pages to Parquet tables."""
