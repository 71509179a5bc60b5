module.exports = {
  displayName: 'kube-api',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/kube-api',
};
