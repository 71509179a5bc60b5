module.exports = {
  displayName: 'installer',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/installer',
};
