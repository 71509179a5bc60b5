module.exports = {
  displayName: 'templates',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/templates',
};
