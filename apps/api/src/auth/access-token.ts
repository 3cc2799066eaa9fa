export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_ISSUER = 'trellis';
export const ACCESS_TOKEN_AUDIENCE = 'trellis-api';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
