"""The pipeline's stages, one composite PTransform each, and the plain functions under them.

Data flows one way: ReadFeeds -> FetchPages -> ExtractArticles -> TagDiplomaticEvents ->
WriteDataset, with every stage's failures flowing to the errors table.
"""
