module.exports = {
  displayName: 'upstream',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/tools/upstream',
};
