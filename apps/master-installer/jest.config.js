module.exports = {
  displayName: 'master-installer',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/master-installer',
};
