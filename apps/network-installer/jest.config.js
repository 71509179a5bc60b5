module.exports = {
  displayName: 'network-installer',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/network-installer',
};
