import { describe } from 'vitest';

import { nextApis } from '../../src/apis/next.js';
import { catalogueTable } from './decode-helpers.js';

const next = '[200-599]';

describe('Next.js', () => {
  catalogueTable(nextApis, {
    "NextResponse.json(data); NextResponse.json({ error: 'no' }, { status: 405, headers: { Allow: 'GET' } });": [
      `next: status send default 200 ${next}; headers -; content data; value`,
      `next: status send 405 ${next}; headers allow; content { error: 'no' }; value`,
    ],
    'NextResponse.redirect(url); NextResponse.redirect(url, 308); NextResponse.redirect(url, init);': [
      'next: status redirect default 307 [301-303, 307-308]; headers location; redirect after-url; value',
      'next: status redirect 308 [301-303, 307-308]; headers location; redirect after-url; value',
      'next: status redirect init [301-303, 307-308]; headers location; redirect after-url; value',
    ],
    "NextResponse.rewrite(url); NextResponse.rewrite(url, { status: 401, headers: { 'WWW-Authenticate': 'Basic' } }); NextResponse.rewrite(url, init);":
      [
        `next: status send default 200 ${next}; headers -; value`,
        `next: status send 401 ${next}; headers www-authenticate; value`,
        `next: status send unknown ${next}; headers unknown; value`,
      ],
    'NextResponse.next(); NextResponse.next({ status: 403 }); NextResponse.next({ headers });': [
      `next: status send default 200 ${next}; headers -; value`,
      `next: status send 403 ${next}; headers -; value`,
      `next: status send default 200 ${next}; headers unknown; value`,
    ],
    'new NextResponse(null, { status: 204 }); new NextResponse(body, init);': [
      `next: status send 204 ${next}; headers -; value`,
      `next: status send unknown ${next}; headers unknown; content body; value`,
    ],
  });
});
