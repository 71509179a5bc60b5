module.exports = {
  displayName: 'grpc',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/grpc',
};
