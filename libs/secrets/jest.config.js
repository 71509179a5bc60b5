module.exports = {
  displayName: 'secrets',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/secrets',
};
