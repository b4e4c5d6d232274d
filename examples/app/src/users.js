'use strict';
const express = require('express');
const db = require('./db');

const router = express.Router();

router.get('/users/:id', async (req, res) => {
  const user = await db.users.find(req.params.id);
  if (!user) {
    return res.status(404).json({ error: 'user not found' });
  }
  res.status(200).json(user);
});

router.post('/users', async (req, res) => {
  const user = await db.users.create(req.body);
  res.status(201).json(user);
});

router.get('/legacy', (req, res) => {
  // Deprecated by RFC 9110: clients ignore 305.
  res.redirect(305, '/users');
});

router.use((err, req, res, next) => {
  if (err.aborted) {
    // nginx's private code: every client sees a plain 400.
    return res.status(499).end();
  }
  res.status(err.status ?? 500).json({ error: err.message });
});

module.exports = router;
