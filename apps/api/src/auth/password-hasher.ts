import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

// OWASP's argon2id baseline: 19 MiB of memory, 2 iterations, 1 lane.
export const ARGON2_OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  // Verified against when the account does not exist, so that an unknown email
  // costs the same time as a wrong password.
  private readonly decoyHash = hash('trellis-decoy-password', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (!passwordHash) {
      await verify(await this.decoyHash, password);
      return false;
    }
    return verify(passwordHash, password);
  }
}
