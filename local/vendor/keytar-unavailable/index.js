'use strict';
// Only @forge/lint's dependency tree pulls keytar in; client-side lint never touches credentials.
const unavailable = () =>
  Promise.reject(new Error('keytar is not available in Campaign Control dev installs (no OS keychain needed offline)'));
module.exports = {
  getPassword: unavailable,
  setPassword: unavailable,
  deletePassword: unavailable,
  findPassword: unavailable,
  findCredentials: unavailable,
};
