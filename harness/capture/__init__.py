"""Capture: record pages through vcrpy, scrub secrets, import saved crawls, and the cassette format."""
