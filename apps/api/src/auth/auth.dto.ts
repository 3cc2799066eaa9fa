import { createZodDto } from 'nestjs-zod';

import { LoginRequestSchema, LoginResponseSchema, PasswordChangeRequestSchema } from '@trellis/domain';

export class LoginRequestDto extends createZodDto(LoginRequestSchema) {}
export class LoginResponseDto extends createZodDto(LoginResponseSchema) {}
export class PasswordChangeRequestDto extends createZodDto(PasswordChangeRequestSchema) {}
