"""Importers and generators of datasets: Stanford's MMP relationships, synthetic data."""
