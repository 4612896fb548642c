"""Regression and quality: approved outputs, diffs, quality against ground truth, gates, comparisons."""
