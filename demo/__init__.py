"""A fictional three-site news demo: stdlib-only generator, local server and recorder (see README.md)."""
