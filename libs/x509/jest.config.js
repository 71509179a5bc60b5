module.exports = {
  displayName: 'x509',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/x509',
};
