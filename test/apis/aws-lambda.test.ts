import { describe } from 'vitest';

import { awsLambdaApis } from '../../src/apis/aws-lambda.js';
import { catalogueTable } from './decode-helpers.js';

describe('AWS Lambda results', () => {
  catalogueTable(awsLambdaApis, {
    "const result = { statusCode: 404, body: 'gone' }; const other = { 'statusCode': 302, headers };": [
      'aws-lambda: status send 404 by shape',
      'aws-lambda: status send 302 by shape',
    ],
    'const config = { statusCode: 200, retries: 3 };': [],
  });
});
