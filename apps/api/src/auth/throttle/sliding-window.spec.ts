import { SlidingWindow } from './sliding-window';

const clock = () => {
  let now = 1_000_000;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
};

describe('SlidingWindow', () => {
  it('should allow max events in a window and say how long to wait for the next', () => {
    const time = clock();
    const window = new SlidingWindow({ max: 3, windowSeconds: 60 }, time.now);
    window.record('a');
    time.advance(10);
    window.record('a');
    window.record('a');
    expect(window.retryAfterSeconds('a')).toBe(50);
    expect(window.retryAfterSeconds('b')).toBe(0);
    time.advance(50);
    // The first event has left the window.
    expect(window.retryAfterSeconds('a')).toBe(0);
  });

  it('should slide rather than reset at fixed boundaries', () => {
    const time = clock();
    const window = new SlidingWindow({ max: 2, windowSeconds: 60 }, time.now);
    window.record('a');
    time.advance(59);
    window.record('a');
    time.advance(2);
    expect(window.retryAfterSeconds('a')).toBe(0);
    window.record('a');
    expect(window.retryAfterSeconds('a')).toBe(58);
  });

  it('should record with take only while events fit', () => {
    const time = clock();
    const window = new SlidingWindow({ max: 2, windowSeconds: 10 }, time.now);
    expect([window.take('a'), window.take('a'), window.take('a'), window.take('a')]).toEqual([0, 0, 10, 10]);
    time.advance(10);
    expect(window.take('a')).toBe(0);
  });

  it('should never answer a wait under one second while full', () => {
    const time = clock();
    const window = new SlidingWindow({ max: 1, windowSeconds: 1 }, time.now);
    window.record('a');
    time.advance(0.999);
    expect(window.retryAfterSeconds('a')).toBe(1);
  });

  it('should forget a key on reset', () => {
    const window = new SlidingWindow({ max: 1, windowSeconds: 60 });
    window.record('a');
    window.reset('a');
    expect(window.retryAfterSeconds('a')).toBe(0);
  });

  it('should bound its memory: expired keys are swept and the least recently used dropped', () => {
    const time = clock();
    const window = new SlidingWindow({ max: 5, windowSeconds: 60 }, time.now, 100);
    for (let i = 0; i < 500; i++) window.record(`key-${i}`);
    expect(window.size).toBe(100);
    expect(window.retryAfterSeconds('key-499')).toBe(0);
    time.advance(61);
    for (let i = 0; i < 1000; i++) window.record('busy');
    expect(window.size).toBe(1);
  });

  it('should keep no more events per key than its limit', () => {
    const window = new SlidingWindow({ max: 2, windowSeconds: 60 });
    for (let i = 0; i < 10_000; i++) window.record('a');
    expect(window.retryAfterSeconds('a')).toBeGreaterThan(0);
  });
});
