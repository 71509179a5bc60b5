module.exports = {
  displayName: 'cluster-spec',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/cluster-spec',
};
