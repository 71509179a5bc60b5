module.exports = {
  displayName: 'lab',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/tools/lab',
};
