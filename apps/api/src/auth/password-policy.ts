import { Injectable } from '@nestjs/common';

import { checkPassword, type PasswordRejection } from '@trellis/domain';

import commonPasswordList from './common-passwords.json';

/** The domain's password policy with the list of common passwords this API ships (bundled into main.js). */
@Injectable()
export class PasswordPolicy {
  private readonly commonPasswords: ReadonlySet<string> = new Set(commonPasswordList.passwords);

  check(
    password: string,
    person: { readonly email: string; readonly name: string },
  ): PasswordRejection | null {
    return checkPassword(password, {
      email: person.email,
      name: person.name,
      commonPasswords: this.commonPasswords,
    });
  }

  get commonPasswordCount(): number {
    return this.commonPasswords.size;
  }
}
