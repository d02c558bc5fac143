"""Pipeline builders, options and the ``newsbeam`` command line."""
