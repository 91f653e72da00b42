// How the architecture check resolves the admin UI's path aliases (read by
// .dependency-cruiser.cjs as a webpack-style resolve configuration): the aliases of
// admin-ui/tsconfig.json, as TypeScript reads them (comments, `extends`, paths
// relative to the file that declares them), so that a new alias is followed without
// editing this file.
const { dirname, join, resolve } = require('node:path');
const ts = require('typescript');

const configFile = join(__dirname, 'admin-ui', 'tsconfig.json');
const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configFile), undefined, configFile);
const base = options.baseUrl ?? options.pathsBasePath ?? dirname(configFile);
const wildcard = /\/\*$/;

module.exports = {
  resolve: {
    alias: Object.fromEntries(
      Object.entries(options.paths ?? {}).map(([name, [target]]) => [name.replace(wildcard, ''), resolve(base, target.replace(wildcard, ''))]),
    ),
  },
};
