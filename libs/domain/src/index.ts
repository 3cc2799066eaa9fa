export * from './lib/auth/login';
export * from './lib/health/health';
export * from './lib/pagination/page';
export * from './lib/people/display-name';
export * from './lib/people/person';
export * from './lib/problems/problem';
