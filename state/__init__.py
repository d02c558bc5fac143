"""What newsbeam keeps between runs under ``--state DIR``, on any Beam filesystem.

A top-level package, not a stage under ``transforms/``: both sides use it, the launcher
(``StateStore``: begin, renew, commit, recover, compact) and the pipeline's workers (commit
files: ``sightings``; feed validators: ``validators``). ``names`` builds and parses every file
name involved, ``files`` holds the one atomic write and makes stored paths canonical.

Adding another kind of state (a story index, say) means: its files' names in ``names``, its
reads and writes through ``files``, and, if a run must not leave it half-done, a step in
``StateStore.begin`` (recover) and ``StateStore.commit``.
"""

from state.store import LEASE_SECONDS, Run, RunInProgress, StateStore, keep_alive

__all__ = ["LEASE_SECONDS", "Run", "RunInProgress", "StateStore", "keep_alive"]
