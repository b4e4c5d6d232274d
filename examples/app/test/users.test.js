import request from 'supertest';
import { describe, expect, it } from 'vitest';

import app from '../src/app.js';

describe('users', () => {
  it('finds a user', async () => {
    const res = await request(app).get('/users/1').expect(200);
    expect(res.body.id).toBe(1);
  });

  it('creates a user', async () => {
    const res = await request(app).post('/users').send({ name: 'Ada' });
    expect(res.status).toBe(201);
  });

  it('answers 404 for a missing user', async () => {
    const res = await request(app).get('/users/404');
    if (res.status !== 404) throw new Error(`unexpected ${res.status}`);
  });
});
