"""Pure decisions: no sockets, files, asyncio or wall clock. `now` is always an argument."""
