import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';

import { LoginResponse } from '@trellis/domain';

import { CorrelationId } from '../http/correlation-id.decorator';
import { PeopleService } from '../people/people.service';
import type { Actor } from './actor';
import { LoginRequestDto, LoginResponseDto, PasswordChangeRequestDto } from './auth.dto';
import { AuthService, IssuedTokens, type LoginCandidate } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentActor } from './current-actor.decorator';
import { LoginGuard } from './login.guard';
import { PasswordChangeService } from './password-change.service';
import { Public } from './public.decorator';
import {
  readRefreshCookie,
  REFRESH_COOKIE,
  REFRESH_TOKEN_TTL_MS,
  refreshCookieOptions,
} from './refresh-cookie';
import { AuthRequestThrottleGuard } from './throttle/auth-request-throttle.guard';

@ApiTags('auth')
@ApiTooManyRequestsResponse({ description: 'Too many attempts; see the Retry-After header' })
@UseGuards(AuthRequestThrottleGuard)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordChangeService,
    private readonly people: PeopleService,
  ) {}

  @Public()
  @UseGuards(LoginGuard)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    status: HttpStatus.OK,
    type: LoginResponseDto,
    description: 'Signed in; sets the refresh cookie',
  })
  async login(
    // Declared for the OpenAPI document; LoginGuard has already validated it.
    @Body() _credentials: LoginRequestDto,
    @Req() request: Request & { user: LoginCandidate },
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const { user, tokens } = await this.auth.signIn(request.user);
    return this.respondWithSession(response, user, tokens);
  }

  @Public()
  @ApiCookieAuth(REFRESH_COOKIE)
  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    status: HttpStatus.OK,
    type: LoginResponseDto,
    description: 'A new access token; rotates the cookie',
  })
  async refresh(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const { user, tokens } = await this.auth.refresh(readRefreshCookie(request), request.ip);
    return this.respondWithSession(response, user, tokens);
  }

  // Public on purpose: the refresh cookie is the session, so holding it is enough to end
  // it, and an expired access token must not keep a session alive. SameSite=Strict
  // keeps other sites from sending it.
  @Public()
  @ApiCookieAuth(REFRESH_COOKIE)
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.signOut(readRefreshCookie(request));
    response.clearCookie(REFRESH_COOKIE, refreshCookieOptions);
  }

  @ApiBearerAuth()
  @Post('password')
  @HttpCode(HttpStatus.OK)
  @ZodResponse({
    status: HttpStatus.OK,
    type: LoginResponseDto,
    description: 'Password changed: every session of the person ended; a fresh one for the caller',
  })
  async changePassword(
    @Body() body: PasswordChangeRequestDto,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const { user, tokens } = await this.passwords.change(actor, body, { ip: request.ip, correlationId });
    return this.respondWithSession(response, user, tokens);
  }

  private async respondWithSession(
    response: Response,
    user: AuthenticatedUser,
    tokens: IssuedTokens,
  ): Promise<LoginResponse> {
    response.cookie(REFRESH_COOKIE, tokens.refreshToken, {
      ...refreshCookieOptions,
      maxAge: REFRESH_TOKEN_TTL_MS,
    });
    return { accessToken: tokens.accessToken, user: await this.people.findMe(user) };
  }
}
