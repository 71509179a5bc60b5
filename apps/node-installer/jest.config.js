module.exports = {
  displayName: 'node-installer',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/node-installer',
};
