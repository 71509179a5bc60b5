import nx from '@nx/eslint-plugin';

// Boundaries are lint errors (style.md 10): libs never import apps, tools are never
// imported by shipped code, and ssh2 / express stay inside the one project that owns them.
export const restricted = (allowed) =>
  ['ssh2', 'express']
    .filter((m) => !allowed.includes(m))
    .map((name) => ({
      name,
      message: `${name} is used only by its owning project (ssh2: libs/ssh, express: apps/gateway).`,
    }));

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/generated/**', '.lab/**'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:tool'] },
          ],
        },
      ],
      'no-restricted-imports': ['error', { paths: restricted([]) }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Tests may assert presence with `!`: a wrong assumption fails the test, which is the point.
  { files: ['**/*.spec.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
];

/** The owning project's own config adds this (flat-config globs are relative to that file). */
export const owns = (module) => ({ files: ['**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: restricted([module]) }] } });
