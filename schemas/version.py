"""The version of the table contract, written into every row and every file's metadata.

Bump it when a column is removed, renamed or changes type; adding a nullable column at the end
keeps readers working and does not need a bump.
"""

SCHEMA_VERSION: int = 1
