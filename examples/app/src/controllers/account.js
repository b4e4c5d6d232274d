'use strict';
const db = require('../db');

// Registered by users.js under POST: the project index finds it there.
exports.updateEmail = async (req, res) => {
  await db.users.update(req.session.user.id, { email: req.body.email });
  // A 302 after POST, made in another module than the route: 303 See Other says what is meant.
  res.redirect('/account');
};
