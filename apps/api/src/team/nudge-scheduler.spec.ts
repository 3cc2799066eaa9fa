import { Logger } from '@nestjs/common';

import { loadConfig, type AppConfig } from '../config/app-config';
import type { ResolvedConfig } from '../config/config.module';
import { NudgeScheduler } from './nudge-scheduler';
import type { NudgesService } from './nudges.service';

const schedulerWith = (nudgeSweepMinutes: number | undefined) => {
  const sweepAll = jest.fn().mockResolvedValue({ conversationNudges: 0, requestWaitingNudges: 0 });
  const scheduler = new NudgeScheduler(
    { sweepAll } as unknown as NudgesService,
    {
      nudgeSweepMinutes,
    } as ResolvedConfig,
  );
  return { scheduler, sweepAll };
};

describe('NudgeScheduler', () => {
  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('should sweep shortly after start, then on every interval, until shutdown', async () => {
    const { scheduler, sweepAll } = schedulerWith(60);
    scheduler.onApplicationBootstrap();
    expect(sweepAll).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(30_000);
    expect(sweepAll).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(60 * 60_000);
    expect(sweepAll).toHaveBeenCalledTimes(2);
    scheduler.onApplicationShutdown();
    await jest.advanceTimersByTimeAsync(5 * 60 * 60_000);
    expect(sweepAll).toHaveBeenCalledTimes(2);
  });

  it.each([0, undefined])('should never sweep when the interval is %s', async (minutes) => {
    const { scheduler, sweepAll } = schedulerWith(minutes);
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(sweepAll).not.toHaveBeenCalled();
  });

  it('should not start a sweep while the previous one still runs, and survive a failed one', async () => {
    let finish: () => void = () => undefined;
    const sweepAll = jest
      .fn()
      .mockImplementationOnce(() => new Promise((resolve) => (finish = () => resolve({}))))
      .mockRejectedValueOnce(new Error('database away'))
      .mockResolvedValue({});
    const scheduler = new NudgeScheduler(
      { sweepAll } as unknown as NudgesService,
      {
        nudgeSweepMinutes: 1,
      } as ResolvedConfig,
    );
    scheduler.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(30_000 + 60_000 * 3);
    expect(sweepAll).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(60_000);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(sweepAll).toHaveBeenCalledTimes(3);
    scheduler.onApplicationShutdown();
  });
});

describe('TRELLIS_NUDGE_SWEEP_MINUTES', () => {
  const minutes = (env: NodeJS.ProcessEnv): AppConfig['nudgeSweepMinutes'] =>
    loadConfig(env, '/repo').nudgeSweepMinutes;

  it('should sweep hourly by default, never under test, and as configured', () => {
    expect(minutes({})).toBe(60);
    expect(minutes({ NODE_ENV: 'test' })).toBe(0);
    expect(minutes({ TRELLIS_NUDGE_SWEEP_MINUTES: '15' })).toBe(15);
    expect(minutes({ TRELLIS_NUDGE_SWEEP_MINUTES: '0' })).toBe(0);
  });

  it('should refuse a value that is not a number of minutes', () => {
    expect(() => minutes({ TRELLIS_NUDGE_SWEEP_MINUTES: 'hourly' })).toThrow(/TRELLIS_NUDGE_SWEEP_MINUTES/);
    expect(() => minutes({ TRELLIS_NUDGE_SWEEP_MINUTES: '-5' })).toThrow(/TRELLIS_NUDGE_SWEEP_MINUTES/);
  });
});
