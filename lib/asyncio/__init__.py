"""asyncio for Ouro, written in Python: an event loop with a FIFO ready
queue and a timer heap (no sockets, subprocesses or threads), tasks,
futures, gather/wait/wait_for/as_completed, locks and queues, with CPython
3.11's scheduling order (docs/modules.md lists the differences)."""

from .exceptions import (CancelledError, InvalidStateError, TimeoutError,
                         IncompleteReadError, LimitOverrunError,
                         SendfileNotAvailableError)
from .events import (AbstractEventLoop, Handle, TimerHandle, get_event_loop,
                     get_running_loop, new_event_loop, set_event_loop,
                     get_event_loop_policy, _get_running_loop)
from .futures import Future, isfuture, wrap_future
from .tasks import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION,
                    ALL_COMPLETED, wait, wait_for, as_completed, sleep, gather,
                    shield, ensure_future, current_task, all_tasks,
                    iscoroutine, iscoroutinefunction)
from .locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
from .queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from .runners import run
from .timeouts import Timeout, timeout, timeout_at
