"""One dedicated thread that owns a blocking resource, for the event loop to call into.

One job: `OwnerThread(resource).call(operation)` runs `operation(resource)` on the resource's own
worker thread, in order, so the loop never blocks on the network and only that thread touches the
resource (imapclient connections and Maildir scans are blocking and not thread-safe). A cancelled
call still finishes on the worker (a blocking call cannot be interrupted); the next one waits for
it. It must not know what the resource is or decide anything about what it is asked to do.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Closable(Protocol):
    def close(self) -> None: ...


R = TypeVar("R", bound=Closable)


class OwnerThread(Generic[R]):
    def __init__(self, resource: R, *, name: str) -> None:
        self.resource = resource
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)

    async def call(self, operation: Callable[[R], T]) -> T:
        """`operation(resource)` on the worker, e.g. ``lambda box: box.append(...)``."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, operation, self.resource)

    async def close(self) -> None:
        """Close the resource on the worker, then let the worker thread end."""
        try:
            await self.call(lambda resource: resource.close())
        finally:
            self._worker.shutdown(wait=False)
