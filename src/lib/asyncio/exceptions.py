"""asyncio exceptions (CPython 3.11's asyncio.exceptions)."""

__all__ = ('CancelledError', 'InvalidStateError', 'TimeoutError', 'QueueEmpty', 'QueueFull',
           'BrokenBarrierError')


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


# Since 3.11, asyncio's TimeoutError is the built-in one.
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
