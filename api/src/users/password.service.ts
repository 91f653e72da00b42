import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** Password hashing with argon2id (OWASP's first choice), parameters from the library's defaults. */
@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) return false;
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }
}
