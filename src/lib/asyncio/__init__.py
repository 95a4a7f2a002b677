"""A small asyncio for ouro: an event loop of ready callbacks and timers (no I/O), Futures,
Tasks, sleep, gather, wait, as_completed, wait_for, timeout, TaskGroup, Runner, the locks
(Event, Lock, Condition, Semaphore, BoundedSemaphore, Barrier) and the queues, with CPython
3.11's interfaces."""

from .exceptions import *
from .events import *
from .futures import *
from .tasks import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .timeouts import *

from . import exceptions, events, futures, tasks, locks, queues, runners, taskgroups, timeouts

__all__ = (exceptions.__all__ + events.__all__ + futures.__all__ + tasks.__all__ +
           locks.__all__ + queues.__all__ + runners.__all__ + taskgroups.__all__ +
           timeouts.__all__)
