"""Crawl-scale ``harness check``: the same checks over millions of records, in bounded memory or on Spark.

:mod:`~harness.scale.local` is the in-process engine (two streaming passes, ``--jobs`` processes),
:mod:`~harness.scale.spark` the Spark one; both feed the checks of :mod:`harness.checks` chunk by chunk
(:mod:`~harness.scale.work`) and hand pages to :mod:`~harness.scale.sink`, which keeps them whole below a
size limit and writes a findings table above it. ``docs/scale.md`` tells the story.
"""
