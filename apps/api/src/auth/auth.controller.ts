import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ZodResponse } from 'nestjs-zod';

import { LoginResponse } from '@trellis/domain';

import { PeopleService } from '../people/people.service';
import { LoginRequestDto, LoginResponseDto } from './auth.dto';
import { AuthService, IssuedTokens } from './auth.service';
import type { AuthenticatedUser } from './authenticated-user';
import { CurrentUser } from './current-user.decorator';
import { LoginGuard } from './login.guard';
import { Public } from './public.decorator';
import {
  readRefreshCookie,
  REFRESH_COOKIE,
  REFRESH_TOKEN_TTL_MS,
  refreshCookieOptions,
} from './refresh-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
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
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    return this.respondWithSession(response, user, await this.auth.signIn(user));
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
    const { user, tokens } = await this.auth.refresh(readRefreshCookie(request));
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
