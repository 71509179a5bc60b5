module.exports = {
  displayName: 'artifacts',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/artifacts',
};
