module.exports = {
  displayName: 'proto',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/proto',
};
