import { describe } from 'vitest';

import { svelteKitApis } from '../../src/apis/sveltekit.js';
import { catalogueTable } from './decode-helpers.js';

describe('SvelteKit', () => {
  catalogueTable(svelteKitApis, {
    "import { error, redirect } from '@sveltejs/kit';\nerror(404, 'gone'); redirect(303, '/x');": [
      'sveltekit: status throw 404 [400-599]',
      'sveltekit: status redirect 303 [300-308]; headers location; redirect in place; value',
    ],
    "import { redirect as go } from '@sveltejs/kit';\ngo(code, '/x');": [
      'sveltekit: status redirect code [300-308]; headers location; redirect in place; value',
    ],
    "import { fail } from '@sveltejs/kit';\nfail(422, result); fail(code);": [
      'sveltekit: status send 422; headers -; value',
      'sveltekit: status send code; headers -; value',
    ],
    "error(404); redirect(303, '/x'); fail(400, body);": [],
  });
});
