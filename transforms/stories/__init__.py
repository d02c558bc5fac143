"""Stories and event clusters: the plain functions behind GroupStories and ClusterEvents.

``sketches``: word shingles, MinHash signatures, LSH band keys. ``grouping``: candidate pairs to
components (union-find), an article to its story, story tallies to rows. ``clusters``: event
reports to event clusters. None of them imports Beam. The rules are in docs/stories.md.
"""
