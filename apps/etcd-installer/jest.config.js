module.exports = {
  displayName: 'etcd-installer',
  preset: '../../jest.preset.js',
  rootDir: '.',
  coverageDirectory: '../../coverage/apps/etcd-installer',
  // Lab tests share lab1..lab5 and one etcd cluster: one file at a time.
  maxWorkers: 1,
};
