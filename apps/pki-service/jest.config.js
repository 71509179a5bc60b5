module.exports = {
  displayName: 'pki-service',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/pki-service',
};
