import type { LoginResponseDto } from './dto/login-response.dto.js';

/**
 * What signing in produces: the response body, and the refresh token that
 * SessionCookieInterceptor puts in the cookie (it never reaches the body).
 */
export class IssuedSession {
  constructor(
    readonly body: LoginResponseDto,
    readonly refreshToken: string,
    readonly refreshExpiresAt: Date,
  ) {}
}
