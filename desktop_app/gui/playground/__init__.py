"""The Playground: similarity matrices, model comparison and search (``page.PlaygroundPage``)."""
