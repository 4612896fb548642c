"""Extractors: the contract, the registry, the built-in generic one and optional adapters."""
