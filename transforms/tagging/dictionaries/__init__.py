"""Compilers that turn the field's dictionaries (PETRARCH2's CAMEO verbs, Phoenix actors) into
the tagger's data files. Run once by a developer, never at tagging time; the outputs are
committed under ``transforms/tagging/data/`` with the MIT notice of their source."""
