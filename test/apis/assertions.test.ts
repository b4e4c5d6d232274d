import { describe } from 'vitest';

import { assertionApis } from '../../src/apis/assertions.js';
import { catalogueTable } from './decode-helpers.js';

describe('test libraries', () => {
  catalogueTable(assertionApis, {
    'expect([400, 404]).toContain(res.status); expect([200, ...more]).toContainEqual(response.status()); expect(res.status).to.be.oneOf([200, 201]);':
      [
        'test: status assert 400 by shape; status assert 404 by shape',
        'test: status assert 200 by shape',
        'test: status assert 200 by shape; status assert 201 by shape',
      ],
    'expect(res && res.status()).toBe(200); expect(/** @type {Response} */ (res).status()).toBe(201); expect(statusAfter).toEqual(422); expect(responseStatus).toBe(404);':
      [
        'test: status assert 200 by shape',
        'test: status assert 201 by shape',
        'test: status assert 422 by shape',
        'test: status assert 404 by shape',
      ],
    // Not statuses: a list that holds no status read, exit statuses, a status text, a count.
    "expect([400, 404]).toContain(code); expect(exitStatus).toBe(404); expect(statusText).toBe('OK'); expect(statusCount).toBe(200); expect(items).to.be.oneOf([200]);":
      [],
    'expect(res.status).toBe(200); expect(res.statusCode).not.toEqual(404); expect(response.status()).toStrictEqual(201);': [
      'test: status assert 200 by shape',
      'test: status assert 404 by shape',
      'test: status assert 201 by shape',
    ],
    'expect(res.status).to.equal(200); expect(res.status).to.equals(200); expect(res.status).to.eq(200); expect(res.status).to.eql(200);': [
      'test: status assert 200 by shape',
      'test: status assert 200 by shape',
      'test: status assert 200 by shape',
      'test: status assert 200 by shape',
    ],
    'expect(res).toBeStatus(204); expect(res).toHaveStatus(404); expect(res).toHaveStatusCode(201); expect(res).toHaveHTTPStatus(500); expect(res).toHaveHttpStatus(502);':
      ['test: status assert 404', 'test: status assert 201', 'test: status assert 500', 'test: status assert 502'],
    "expect(res).toHaveProperty('status', 404); expect(res.body).toBe(404); expect(res).to.have.status(200); res.should.have.status(201);":
      ['test: status assert 404', 'test: status assert 200', 'test: status assert 201'],
    'expect(res.status).toBeGreaterThan(199); expect(res.status).toBeGreaterThanOrEqual(200); expect(res.status).toBeLessThan(300); expect(res.status).toBeLessThanOrEqual(299);':
      [
        'test: status range 199 by shape',
        'test: status range 200 by shape',
        'test: status range 300 by shape',
        'test: status range 299 by shape',
      ],
    'expect(res.status).to.be.above(199); expect(res.status).to.be.below(300); expect(res.status).to.be.at.least(200); expect(res.status).to.be.at.most(299);':
      [
        'test: status range 199 by shape',
        'test: status range 300 by shape',
        'test: status range 200 by shape',
        'test: status range 299 by shape',
      ],
    'expect(res.status).gt(199); expect(res.status).gte(200); expect(res.status).lt(300); expect(res.status).lte(299);': [
      'test: status range 199 by shape',
      'test: status range 200 by shape',
      'test: status range 300 by shape',
      'test: status range 299 by shape',
    ],
    "request(app).get('/').expect(200); request(app).get('/').expect('Content-Type', /json/);": ['test: status assert 200'],
    'assert.equal(res.statusCode, 404); assert.strictEqual(201, res.status); assert.deepEqual(res.status, 200); assert.deepStrictEqual(res.status, 200);':
      [
        'test: status assert 404 by shape',
        'test: status assert 201 by shape',
        'test: status assert 200 by shape',
        'test: status assert 200 by shape',
      ],
    'assert.notEqual(res.status, 500); assert.notStrictEqual(res.status, 500); t.is(res.status, 200); t.not(res.status, 500); t.same(res.status, 200); assert.equals(res.status, 200); assert.equal(count, 3);':
      [
        'test: status assert 500 by shape',
        'test: status assert 500 by shape',
        'test: status assert 200 by shape',
        'test: status assert 500 by shape',
        'test: status assert 200 by shape',
        'test: status assert 200 by shape',
      ],
  });
});
