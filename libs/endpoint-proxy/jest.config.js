module.exports = {
  displayName: 'endpoint-proxy',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/endpoint-proxy',
};
