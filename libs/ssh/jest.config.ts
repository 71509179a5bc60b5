export default {
  displayName: 'ssh',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/ssh',
};
