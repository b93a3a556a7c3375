/**
 * Node's event loop, as far as Lambda's Node.js runtime cares: a callback-style handler's response is sent
 * only once the loop is empty (`context.callbackWaitsForEmptyEventLoop`, true by default), a sync handler
 * that never calls back answers `null` then, and an async handler whose promise is still pending then fails
 * with Runtime.NodeJsExit. A Web Worker has no such notion, so the sandbox counts what would keep Node's
 * loop alive: the timers user code starts and the AWS API calls in flight.
 */

type TimerId = ReturnType<typeof setTimeout>;
type Callback = (...args: unknown[]) => void;

/** The timer functions handed to user code in place of the global ones. */
export interface TrackedTimers {
  setTimeout: (callback: Callback, ms?: number, ...args: unknown[]) => TimerId;
  clearTimeout: (id: TimerId | undefined) => void;
  setInterval: (callback: Callback, ms?: number, ...args: unknown[]) => TimerId;
  clearInterval: (id: TimerId | undefined) => void;
  setImmediate: (callback: Callback, ...args: unknown[]) => TimerId;
  clearImmediate: (id: TimerId | undefined) => void;
}

export interface LoopTracker {
  timers: TrackedTimers;
  /** Marks work that keeps the loop alive (an API call in flight); call the returned function when it ends. */
  hold(): () => void;
  /**
   * Resolves once nothing is pending, checked after the current macrotask so promise chains settle first.
   * With `quietMs`, nothing tracked may start or end for that long either: work the tracker cannot see (a
   * browser API's promise, the SDK's own awaits) gets that much time to show up.
   */
  whenIdle(quietMs?: number): Promise<void>;
  /** Cancels every tracked timer: what a process exit does to them. */
  clearAll(): void;
}

export interface BaseTimers {
  setTimeout: typeof setTimeout;
  clearTimeout: typeof clearTimeout;
  setInterval: typeof setInterval;
  clearInterval: typeof clearInterval;
}

function checkCallback(callback: unknown): asserts callback is Callback {
  if (typeof callback !== 'function') {
    throw new TypeError(`The "callback" argument must be of type function. Received ${typeof callback}`);
  }
}

/**
 * Creates a tracker over the given (untracked) timer functions.
 * @example const loop = createLoopTracker(); loop.timers.setTimeout(() => {}, 10); await loop.whenIdle();
 */
export function createLoopTracker(base: BaseTimers = globalThis): LoopTracker {
  // Bound once: browsers throw "Illegal invocation" when timer functions are called off their global.
  const baseSetTimeout = base.setTimeout.bind(globalThis);
  const baseClearTimeout = base.clearTimeout.bind(globalThis);
  const baseSetInterval = base.setInterval.bind(globalThis);
  const baseClearInterval = base.clearInterval.bind(globalThis);

  const timeouts = new Set<TimerId>();
  const intervals = new Set<TimerId>();
  let holds = 0;
  // Bumped whenever something tracked starts or ends, so a quiet period can tell it stayed quiet.
  let activity = 0;
  let waiters: { quietMs: number; resolve: () => void }[] = [];
  let checkScheduled = false;

  const pending = () => timeouts.size + intervals.size + holds;

  const waitQuiet = (waiter: { quietMs: number; resolve: () => void }) => {
    const seen = activity;
    baseSetTimeout(() => {
      if (pending() === 0 && activity === seen) waiter.resolve();
      else {
        waiters.push(waiter);
        scheduleCheck();
      }
    }, waiter.quietMs);
  };

  const scheduleCheck = () => {
    if (checkScheduled || waiters.length === 0) return;
    checkScheduled = true;
    baseSetTimeout(() => {
      checkScheduled = false;
      if (pending() > 0) return;
      const ready = waiters;
      waiters = [];
      for (const waiter of ready) {
        if (waiter.quietMs > 0) waitQuiet(waiter);
        else waiter.resolve();
      }
    }, 0);
  };

  const changed = () => {
    activity++;
    scheduleCheck();
  };

  const setTimeoutTracked: TrackedTimers['setTimeout'] = (callback, ms, ...args) => {
    checkCallback(callback);
    const id: TimerId = baseSetTimeout(() => {
      timeouts.delete(id);
      try {
        callback(...args);
      } finally {
        changed();
      }
    }, ms);
    timeouts.add(id);
    activity++;
    return id;
  };

  // clearTimeout and clearInterval accept either kind of id, in Node as in browsers.
  const clearTracked = (id: TimerId | undefined) => {
    if (id === undefined) return;
    if (timeouts.delete(id)) baseClearTimeout(id);
    else if (intervals.delete(id)) baseClearInterval(id);
    else return;
    changed();
  };

  return {
    timers: {
      setTimeout: setTimeoutTracked,
      clearTimeout: clearTracked,
      setInterval: (callback, ms, ...args) => {
        checkCallback(callback);
        const id = baseSetInterval(() => callback(...args), ms);
        intervals.add(id);
        activity++;
        return id;
      },
      clearInterval: clearTracked,
      setImmediate: (callback, ...args) => setTimeoutTracked(callback, 0, ...args),
      clearImmediate: clearTracked,
    },
    hold() {
      holds++;
      activity++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds--;
        changed();
      };
    },
    whenIdle(quietMs = 0) {
      return new Promise<void>((resolve) => {
        waiters.push({ quietMs, resolve });
        scheduleCheck();
      });
    },
    clearAll() {
      for (const id of timeouts) baseClearTimeout(id);
      for (const id of intervals) baseClearInterval(id);
      timeouts.clear();
      intervals.clear();
      changed();
    },
  };
}
