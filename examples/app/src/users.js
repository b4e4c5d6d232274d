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

router.delete('/users/:id', async (req, res) => {
  await db.users.remove(req.params.id);
  // 204 carries no content: Node drops this JSON without a word.
  res.status(204).json({ deleted: true });
});

router.post('/login', async (req, res) => {
  req.session.user = await db.users.authenticate(req.body);
  // A 302 after POST: 303 See Other says what is meant.
  res.redirect('/dashboard');
});

router.get('/me', (req, res) => {
  if (!req.session.user) {
    // 401 without WWW-Authenticate.
    return res.status(401).json({ error: 'log in first' });
  }
  res.json(req.session.user);
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

// The handler is written in another module; the rules find it through this registration.
const account = require('./controllers/account');

router.post('/account/email', account.updateEmail);

module.exports = router;
