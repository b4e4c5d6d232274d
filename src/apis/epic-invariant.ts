import { fetchStatusRange } from './fetch-response.js';
import type { ApiFamily } from './types.js';

/**
 * @epic-web/invariant: `invariantResponse(condition, message, { status, headers })` throws a Fetch
 * Response, 400 by default. It is thrown, so an error boundary answers: the message is not content here.
 */
export const epicInvariantApis: ApiFamily = {
  framework: 'invariant',
  imports: [
    {
      modules: ['@epic-web/invariant'],
      functions: {
        invariantResponse: {
          role: 'throw',
          status: { init: 2 },
          defaultStatus: 400,
          headers: { init: 2 },
          runtime: fetchStatusRange("invariantResponse's Fetch Response"),
        },
      },
    },
  ],
};
