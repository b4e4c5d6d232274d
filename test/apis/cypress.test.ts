import { describe } from 'vitest';

import { cypressApis } from '../../src/apis/cypress.js';
import { catalogueTable } from './decode-helpers.js';

describe('Cypress', () => {
  catalogueTable(cypressApis, {
    "cy.request({ method: 'POST', url: '/api/login' }).its('status').should('eq', 200);": ['test: status assert 200 by shape'],
    "cy.wait('@save').its('response.statusCode').should('equal', 201).and('not.eq', 500);": [
      // ESLint enters the outer call, `.and(...)`, first.
      'test: status assert 500 by shape',
      'test: status assert 201 by shape',
    ],
    "cy.request('/x').should('have.property', 'status', 404); cy.wait('@a').its('response').should('have.property', 'statusCode', 204);": [
      'test: status assert 404 by shape',
      'test: status assert 204 by shape',
    ],
    // Not a status: the URL, a length, another property, a chainer that does not compare.
    "cy.url().should('eq', '/login'); cy.get('li').its('length').should('eq', 200); cy.request('/x').should('have.property', 'duration', 200); cy.request('/x').its('status').should('be.oneOf', list);":
      [],
  });
});
