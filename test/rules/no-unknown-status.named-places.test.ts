// Unregistered codes in the places issue 9 adds: a place known by its name alone never reports
// one (it only counts registered codes), a function or class of the file that uses its parameter
// as a status does.
import rule from '../../rules/no-unknown-status.js';
import { createTester, locate } from '../rule-tester.js';

const tester = createTester();

const sender = 'function send(res, code) { res.status(code).end(); }\n';
const keeper = 'class ApiError extends Error { constructor(message, status) { super(message); this.status = status; } }\n';

tester.run('no-unknown-status: named places, error classes, status-taking functions', rule, {
  valid: [
    'fetchStub.resolves({ ok: true, status: 299 });',
    'let statusCode = 299;',
    'job.status = 460;',
    "throw new AppError('odd', 460);",
    `${sender}send(res, 42);`,
    // A status-named function's returns count by its name alone: only registered codes.
    'function getStatusCode(err) { return err.proxy ? 460 : 500; }',
  ],
  invalid: [
    {
      code: `${sender}send(res, 299);`,
      errors: [
        {
          messageId: 'unregisteredStatus',
          data: { subject: '299', vendors: '', fallback: '200' },
          ...locate(`${sender}send(res, 299);`, '299'),
        },
      ],
    },
    {
      code: `${keeper}throw new ApiError('x', 460);`,
      errors: [
        {
          messageId: 'unregisteredStatus',
          data: {
            subject: '460',
            vendors: '; used by aws-elb',
            fallback: '400',
          },
          ...locate(`${keeper}throw new ApiError('x', 460);`, '460'),
        },
      ],
    },
  ],
});
