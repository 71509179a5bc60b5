import baseConfig, { owns } from '../../eslint.config.mjs';

export default [...baseConfig, owns('ssh2')];
