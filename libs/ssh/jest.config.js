module.exports = {
  displayName: 'ssh',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/libs/ssh',
  // Tests talk to real lab hosts over real SSH; a lab may need to boot first.
  testTimeout: 180_000,
};
