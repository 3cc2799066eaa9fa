import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { ZodValidationException } from 'nestjs-zod';

import { LoginRequestSchema } from '@trellis/domain';

/**
 * Guards run before pipes, so the body is validated here: bad input gets a 400
 * naming each field instead of passport's bare 401.
 */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest<Request>();
    const parsed = LoginRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ZodValidationException(parsed.error);
    request.body = { ...parsed.data, email: parsed.data.email.toLowerCase() };
    return super.canActivate(context);
  }
}
