module.exports = {
  displayName: 'errors',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/errors',
};
