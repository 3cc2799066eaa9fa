import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { APP_CONFIG, type ResolvedConfig } from '../config/config.module';
import { NudgesService } from './nudges.service';

// The first sweep waits for start-up (migrations, the demo seed) to settle.
const FIRST_SWEEP_DELAY_MS = 30_000;

/**
 * Runs the nudge sweep in-process: once shortly after start, then every
 * `nudgeSweepMinutes` (TRELLIS_NUDGE_SWEEP_MINUTES; 0 or unset: off, as under
 * test). The timers are unref'd so that they never hold a test or a shutdown;
 * several API processes may sweep at once (see NudgesService).
 */
@Injectable()
export class NudgeScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NudgeScheduler.name);
  private readonly timers: NodeJS.Timeout[] = [];
  private running = false;

  constructor(
    private readonly nudges: NudgesService,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  onApplicationBootstrap(): void {
    const minutes = this.config.nudgeSweepMinutes ?? 0;
    if (minutes <= 0) return;
    this.timers.push(
      setTimeout(() => void this.run(), FIRST_SWEEP_DELAY_MS).unref(),
      setInterval(() => void this.run(), minutes * 60_000).unref(),
    );
  }

  onApplicationShutdown(): void {
    for (const timer of this.timers.splice(0)) clearTimeout(timer);
  }

  private async run(): Promise<void> {
    // A slow sweep is never overlapped by the next tick of this process.
    if (this.running) return;
    this.running = true;
    try {
      const result = await this.nudges.sweepAll();
      this.logger.log({ message: 'Nudge sweep done', ...result });
    } catch (error) {
      this.logger.error({
        message: `Nudge sweep failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      this.running = false;
    }
  }
}
