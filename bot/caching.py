"""A per-object cache of a method's results that does not keep its object alive.

`lru_cache(maxsize)(self.method)` stored on `self` makes a cycle through the C wrapper that the garbage
collector does not free: every knowledge-base snapshot (its matcher, centre finder and phrase indexes, some
11 MB) stayed in memory for good, and a test run that builds a fresh one per test grew to 12 GB.
"""

import weakref
from collections.abc import Callable
from functools import lru_cache
from typing import Any


def cached_method(method: Callable[..., Any], maxsize: int) -> Callable[..., Any]:
    """`method` (bound) behind an LRU cache that holds its object weakly."""
    ref = weakref.WeakMethod(method)

    def call(*args: Any, **kwargs: Any) -> Any:
        return ref()(*args, **kwargs)

    return lru_cache(maxsize=maxsize)(call)
