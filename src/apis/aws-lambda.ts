import type { TSESTree } from '@typescript-eslint/utils';

import { keyName } from '../ast/nodes.js';
import { statusEffect } from './types.js';
import type { ApiFamily } from './types.js';

const resultKeys = new Set(['body', 'headers', 'multiValueHeaders', 'isBase64Encoded']);

/** `return { statusCode: 404, body }`: the AWS Lambda / API Gateway result shape. */
function lambdaResult(property: TSESTree.Property) {
  if (keyName(property) !== 'statusCode' || property.parent.type !== 'ObjectExpression') return undefined;
  const isResult = property.parent.properties.some(
    (other) => other !== property && other.type === 'Property' && resultKeys.has(keyName(other) ?? ''),
  );
  return isResult ? [statusEffect(property.value, 'aws-lambda', 'send', true)] : undefined;
}

/** AWS Lambda (API Gateway, function URLs) results. */
export const awsLambdaApis: ApiFamily = {
  framework: 'aws-lambda',
  shapes: { propertyKeys: ['statusCode'], property: lambdaResult },
};
