import type { ApiFamily, CallApi } from './types.js';

const functions: Readonly<Record<string, CallApi>> = {
  // Nest sends what the method returns with this status, unless the method takes `@Res()`.
  HttpCode: { role: 'declare', status: { argument: 0 }, setsResultStatus: true },
  // `@Redirect(url, status)`; without a URL it takes both from the return value.
  Redirect: {
    when: (call) => call.parent.type === 'Decorator' && call.arguments.length > 0,
    value: true,
    role: 'redirect',
    status: { argument: 1 },
    defaultStatus: 302,
    header: 'location',
    redirect: 'after-url',
  },
  ApiResponse: { role: 'declare', status: { init: 0 } },
};

/** NestJS: decorators and the `HttpException` family. */
export const nestApis: ApiFamily = {
  framework: 'nestjs',
  imports: [{ modules: ['@nestjs/common', '@nestjs/swagger'], functions }],
  globals: functions,
  constructors: { HttpException: { role: 'throw', status: { argument: 1 } } },
  routes: {
    decorators: { Get: 'GET', Post: 'POST', Put: 'PUT', Patch: 'PATCH', Delete: 'DELETE', Options: 'OPTIONS', Head: 'HEAD', All: 'ALL' },
  },
};
