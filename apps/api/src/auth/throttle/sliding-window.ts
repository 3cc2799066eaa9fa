import type { RateLimit } from '../../config/app-config';

/**
 * An in-memory sliding-window log: at most `max` events per key in any window of
 * `windowSeconds`. One API process only: several processes behind a load balancer
 * each count on their own (a shared store such as Redis or Postgres would be
 * needed to count across them). Memory is bounded: expired keys are swept, and
 * past `maxKeys` the least recently used keys are dropped.
 */
export class SlidingWindow {
  private readonly events = new Map<string, number[]>();
  private readonly windowMs: number;
  private writes = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {
    this.windowMs = limit.windowSeconds * 1000;
  }

  /** Seconds until one more event fits in the window; 0 when it fits now. */
  retryAfterSeconds(key: string): number {
    const live = this.live(key);
    if (live.length < this.limit.max) return 0;
    const oldest = live[live.length - this.limit.max] ?? this.now();
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  record(key: string): void {
    const live = this.live(key);
    live.push(this.now());
    // Keep no more than `max` events: older ones can no longer decide anything.
    if (live.length > this.limit.max) live.splice(0, live.length - this.limit.max);
    // Re-insert so that Map order is least recently used first.
    this.events.delete(key);
    this.events.set(key, live);
    if (++this.writes % 1000 === 0) this.sweep();
    while (this.events.size > this.maxKeys) {
      const leastRecent = this.events.keys().next().value;
      if (leastRecent === undefined) break;
      this.events.delete(leastRecent);
    }
  }

  /** Records the event when it fits; answers the wait otherwise (and records nothing). */
  take(key: string): number {
    const wait = this.retryAfterSeconds(key);
    if (wait === 0) this.record(key);
    return wait;
  }

  reset(key: string): void {
    this.events.delete(key);
  }

  get size(): number {
    return this.events.size;
  }

  private live(key: string): number[] {
    const events = this.events.get(key);
    if (!events) return [];
    const horizon = this.now() - this.windowMs;
    const firstLive = events.findIndex((at) => at > horizon);
    if (firstLive === -1) {
      this.events.delete(key);
      return [];
    }
    if (firstLive > 0) events.splice(0, firstLive);
    return events;
  }

  private sweep(): void {
    const horizon = this.now() - this.windowMs;
    for (const [key, events] of this.events) {
      if ((events[events.length - 1] ?? 0) <= horizon) this.events.delete(key);
    }
  }
}
