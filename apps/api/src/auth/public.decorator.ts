import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'trellis:isPublic';

/** Opts a route out of the global bearer-token guard. Every use is a decision: keep them few. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
