module.exports = {
  displayName: 'steps',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/steps',
};
