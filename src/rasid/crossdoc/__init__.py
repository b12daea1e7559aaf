"""Across documents: one actor, one event, one number over time, with every source.

* :mod:`rasid.crossdoc.series` — quantity claims grouped into series (what is counted, whose, where)
  with as-of dates, claim kinds (count / planned / expected / increment) and conflict flags.
* :mod:`rasid.crossdoc.events` — reports of the same event merged into one event with its reports.
* :mod:`rasid.crossdoc.identity` — unseen names clustered across documents; manual merge/split.
* :mod:`rasid.crossdoc.neardup` — MinHash signatures for syndicated copies.
"""
