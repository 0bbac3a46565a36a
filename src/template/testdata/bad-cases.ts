/**
 * Bad templates with what Packer 1.6.6 prints for each (recorded by running `packer validate`),
 * shared by the unit test (our exact text and place) and the oracle test (Packer still says it).
 */
export interface BadCase {
  name: string;
  template: string;
  /** `-var-file` names → contents (written beside the template); a missing entry = no such file. */
  varFiles?: Record<string, string | null>;
  vars?: Array<[string, string]>;
  format: 'plain' | 'hcl';
  /** Exact summary (plain) or detail (hcl). */
  text: string;
  /** Where the diagnostic must point: the first `text` (after `skip` earlier ones), or an end. */
  at: { text: string; skip?: number } | { end: true } | { start: true };
  key?: string;
}

const B = '"builders":[{"type":"null","communicator":"none"}]';
const FP = 'Failed to parse template: ';

export const badCases: BadCase[] = [
  {
    name: 'malformed JSON: trailing comma',
    template: '{\n  "builders": [\n    {"type":"null",}\n  ]\n}',
    format: 'plain',
    text:
      FP +
      "Error parsing JSON: invalid character '}' looking for beginning of object key string\n" +
      'At line 3, column 21 (offset 38):\n    2:   "builders": [\n    3:     {"type":"null",}\n                          ^\n',
    at: { text: '}' },
  },
  {
    name: 'malformed JSON: truncated',
    template: '{"builders":',
    format: 'plain',
    text: FP + 'Error parsing JSON: unexpected end of JSON input\nAt line 1, column 12 (offset 12):\n    1: {"builders":\n                 ^\n',
    at: { end: true },
  },
  {
    name: 'malformed JSON: empty file',
    template: '',
    format: 'plain',
    text: FP + 'Error parsing JSON: unexpected end of JSON input\nAt line 1, column 0 (offset 0):\n    1: \n     ^\n',
    at: { end: true },
  },
  {
    name: 'malformed JSON: comment',
    template: `{${B} // c\n}`,
    format: 'plain',
    text:
      FP +
      "Error parsing JSON: invalid character '/' after object key:value pair\nAt line 1, column 53 (offset 53):\n" +
      '    1: {"builders":[{"type":"null","communicator":"none"}] /\n' +
      `${' '.repeat(58)}^\n`,
    at: { text: '//' },
  },
  {
    name: 'malformed JSON: bad escape',
    template: '{"builders":[{"type":"nu\\qll"}]}',
    format: 'plain',
    text: FP + "Error parsing JSON: invalid character 'q' in string escape code\nAt line 1, column 26 (offset 26):\n    1: {\"builders\":[{\"type\":\"nu\\q\n" + `${' '.repeat(31)}^\n`,
    at: { text: 'q' },
  },
  {
    name: 'malformed JSON: bad literal',
    template: '{"builders":[{"type":"null","x":trux}]}',
    format: 'plain',
    text: FP + "Error parsing JSON: invalid character 'x' in literal true (expecting 'e')\nAt line 1, column 36 (offset 36):\n    1: {\"builders\":[{\"type\":\"null\",\"x\":trux\n" + `${' '.repeat(41)}^\n`,
    at: { text: 'x}' },
  },
  {
    name: 'malformed JSON: text after the value',
    template: `{${B}} x`,
    format: 'plain',
    text: FP + "Error parsing JSON: invalid character 'x' after top-level value\nAt line 1, column 54 (offset 54):\n    1: {\"builders\":[{\"type\":\"null\",\"communicator\":\"none\"}]} x\n" + `${' '.repeat(59)}^\n`,
    at: { text: 'x' },
  },
  {
    name: 'duplicate key, nested',
    template: '{"builders":[{"type":"null","communicator":"none",\n "x":{"k":1,"k":2}}]}',
    format: 'plain',
    text: FP + 'template has duplicate field: k',
    at: { text: '"k":2' },
    key: 'k',
  },
  {
    name: 'duplicate key, root',
    template: `{\n  ${B},\n  "builders": []\n}`,
    format: 'plain',
    text: FP + 'template has duplicate field: builders',
    at: { text: '"builders": []' },
    key: 'builders',
  },
  { name: 'root is an array', template: '[1]', format: 'plain', text: FP + "'' expected a map, got 'slice'", at: { text: '[' } },
  {
    name: 'unknown root keys',
    template: `{${B},\n"x":1,"y":2}`,
    format: 'plain',
    text: FP + "2 errors occurred:\n\t* Unknown root level key in template: 'x'\n\t* Unknown root level key in template: 'y'\n\n",
    at: { text: '"x"' },
    key: 'x',
  },
  {
    name: 'non-string comment',
    template: `{"_c":1,${B}}`,
    format: 'plain',
    text: FP + 'Failed to cast root level comment value in comment "_c" to string.',
    at: { text: '1' },
    key: '_c',
  },
  {
    name: 'root field of the wrong type',
    template: `{"description":1000000,${B},"push":"x"}`,
    format: 'plain',
    text: FP + "2 error(s) decoding:\n\n* 'Description' expected type 'string', got unconvertible type 'float64', value: '1e+06'\n* 'Push' expected a map, got 'string'",
    at: { text: '1000000' },
    key: 'description',
  },
  {
    name: 'builders not an array',
    template: '{"builders":{"type":"null"}}',
    format: 'plain',
    text: FP + "1 error(s) decoding:\n\n* 'builders': source data must be an array or slice, got map",
    at: { text: '{"type"' },
    key: 'builders',
  },
  {
    name: 'variable default not a string',
    template: `{"variables":{"a":1},${B}}`,
    format: 'plain',
    text: FP + "1 error occurred:\n\t* variable a: '' expected type 'string', got unconvertible type 'float64', value: '1'\n\n",
    at: { text: '1}' },
    key: 'variables.a',
  },
  {
    name: 'builder missing type',
    template: '{"builders":[{"type":"null","communicator":"none"},\n  {"name":"anonymous"}]}',
    format: 'plain',
    text: FP + "1 error occurred:\n\t* builder 2: missing 'type'\n\n",
    at: { text: '{"name"' },
    key: 'builders[1].type',
  },
  {
    name: 'builder type not a string',
    template: '{"builders":[{"type":["x"]}]}',
    format: 'plain',
    text: FP + "1 error occurred:\n\t* builder 1: 1 error(s) decoding:\n\n* 'Type' expected type 'string', got unconvertible type '[]interface {}', value: '[x]'\n\n",
    at: { text: '["x"]' },
    key: 'builders[0]',
  },
  {
    name: 'duplicate builder name',
    template: '{"builders":[{"type":"null","communicator":"none"},\n{"type":"null","communicator":"none"}]}',
    format: 'plain',
    text: FP + "1 error occurred:\n\t* builder 2: builder with name 'null' already exists\n\n",
    at: { text: '{"type"', skip: 1 },
    key: 'builders[1].name',
  },
  {
    name: 'provisioner missing type',
    template: `{${B},"provisioners":[{"inline":["true"]}]}`,
    format: 'plain',
    text: FP + "1 error occurred:\n\t* provisioner 1: Provisioner missing 'type'\n\n",
    at: { text: '{"inline"' },
    key: 'provisioners[0].type',
  },
  {
    name: 'invalid pause_before',
    template: `{${B},"provisioners":[{"type":"shell-local","inline":["true"],"pause_before":"5x"}]}`,
    format: 'plain',
    text: FP + "1 error occurred:\n\t* provisioner 1: Error decoding provisioner: 1 error(s) decoding:\n\n* error decoding 'pause_before': time: unknown unit \"x\" in duration \"5x\"\n\n",
    at: { text: '"5x"' },
    key: 'provisioners[0]',
  },
  {
    name: 'invalid timeout',
    template: `{${B},"provisioners":[{"type":"shell-local","inline":["true"],"timeout":"abc"}]}`,
    format: 'plain',
    text: FP + "1 error occurred:\n\t* provisioner 1: Error decoding provisioner: 1 error(s) decoding:\n\n* error decoding 'timeout': time: invalid duration \"abc\"\n\n",
    at: { text: '"abc"' },
    key: 'provisioners[0]',
  },
  {
    name: 'override not a map',
    template: `{${B},"provisioners":[{"type":"shell-local","override":"x"}]}`,
    format: 'plain',
    text: FP + "1 error occurred:\n\t* provisioner 1: Error decoding provisioner: 1 error(s) decoding:\n\n* 'Override' expected a map, got 'string'\n\n",
    at: { text: '"x"' },
    key: 'provisioners[0]',
  },
  {
    name: 'cleanup provisioner missing type',
    template: `{${B},"error-cleanup-provisioner":{"inline":["true"]}}`,
    format: 'plain',
    text: FP + "1 error occurred:\n\t* On Error Cleanup Provisioner error: Provisioner missing 'type'\n\n",
    at: { text: '{"inline"' },
    key: 'error-cleanup-provisioner.type',
  },
  {
    name: 'nested post-processor sequence',
    template: `{${B},"post-processors":[[["manifest"]]]}`,
    format: 'plain',
    text: FP + '1 error occurred:\n\t* post-processor 1.1: sequence not allowed to be nested in a sequence\n\n',
    at: { text: '["manifest"]' },
    key: 'post-processors[0][0]',
  },
  {
    name: 'post-processor without type',
    template: `{${B},"post-processors":[{"output":"x"}]}`,
    format: 'plain',
    text: FP + '1 error occurred:\n\t* post-processor 1.1: type is required\n\n',
    at: { text: '{"output"' },
    key: 'post-processors[0].type',
  },
  {
    name: 'post-processor bad format',
    template: `{${B},"post-processors":[5]}`,
    format: 'plain',
    text: FP + '1 error occurred:\n\t* post-processor 1: bad format\n\n',
    at: { text: '5' },
    key: 'post-processors[0]',
  },
  {
    name: 'post-processor keep_input_artifact not a bool',
    template: `{${B},"post-processors":[{"type":"manifest","keep_input_artifact":"true"}]}`,
    format: 'plain',
    text: FP + "1 error occurred:\n\t* post-processor 1.1: 1 error(s) decoding:\n\n* 'keep_input_artifact' expected type 'bool', got unconvertible type 'string', value: 'true'\n\n",
    at: { text: '"true"' },
    key: 'post-processors[0]',
  },
  {
    name: 'no builders',
    template: '{"builders":[]}',
    format: 'hcl',
    text: '1 error occurred:\n\t* at least one builder must be defined\n\n',
    at: { text: '"builders"' },
    key: 'builders',
  },
  {
    name: 'only and except together',
    template: `{${B},"provisioners":[{"type":"shell-local","inline":["true"],"only":["null"],"except":["null"]}]}`,
    format: 'hcl',
    text: "1 error occurred:\n\t* provisioner 1: only one of 'only' or 'except' may be specified\n\n",
    at: { text: '{"type":"shell-local"' },
    key: 'provisioners[0]',
  },
  {
    name: 'only names an unknown builder',
    template: `{${B},"provisioners":[{"type":"shell-local","inline":["true"],"only":["nosuch"]}]}`,
    format: 'hcl',
    text: "1 error occurred:\n\t* provisioner 1: 'only' specified builder 'nosuch' not found\n\n",
    at: { text: '{"type":"shell-local"' },
    key: 'provisioners[0].only',
  },
  {
    name: 'post-processor except names an unknown builder',
    template: `{${B},"post-processors":[{"type":"manifest","except":["nosuch"]}]}`,
    format: 'hcl',
    text: "1 error occurred:\n\t* post-processor 1.1: 'except' specified builder 'nosuch' not found\n\n",
    at: { text: '{"type":"manifest"' },
    key: 'post-processors[0][0].except',
  },
  {
    name: 'override names an unknown builder',
    template: `{${B},"provisioners":[{"type":"shell-local","inline":["true"],"override":{"nosuch":{}}}]}`,
    format: 'hcl',
    text: "1 error occurred:\n\t* provisioner 1: override 'nosuch' doesn't exist\n\n",
    at: { text: '{"type":"shell-local"' },
    key: 'provisioners[0].override.nosuch',
  },
  {
    name: 'min_packer_version too new',
    template: `{"min_packer_version":"v1.7",${B}}`,
    format: 'hcl',
    text: 'This template requires Packer version 1.7.0 or higher; using 1.6.6',
    at: { text: '"min_packer_version"' },
    key: 'min_packer_version',
  },
  {
    name: 'min_packer_version malformed',
    template: `{"min_packer_version":"abc",${B}}`,
    format: 'hcl',
    text: 'min_version is invalid: Malformed version: abc',
    at: { text: '"min_packer_version"' },
    key: 'min_packer_version',
  },
  {
    name: 'required variable not set',
    template: `{"variables":{"b":null,\n"a":null},${B}}`,
    vars: [['b', 'x']],
    format: 'hcl',
    text: '1 error occurred:\n\t* required variable not set: a\n\n',
    at: { text: '"a"' },
    key: 'variables.a',
  },
  {
    name: 'var-file missing',
    template: `{${B}}`,
    varFiles: { 'nope.json': null },
    format: 'plain',
    text: 'open nope.json: no such file or directory',
    at: { start: true },
    key: '-var-file=nope.json',
  },
  {
    name: 'var-file value not a string',
    template: `{${B}}`,
    varFiles: { 'vf.json': '{"a":\n  1}' },
    format: 'plain',
    text: "Error reading variables in 'vf.json': json: cannot unmarshal number into Go value of type string",
    at: { text: '1}' },
    key: '-var-file=vf.json',
  },
  {
    name: 'var-file truncated',
    template: `{${B}}`,
    varFiles: { 'vf.json': '{"a":' },
    format: 'plain',
    text: "Error reading variables in 'vf.json': unexpected EOF",
    at: { end: true },
    key: '-var-file=vf.json',
  },
  {
    name: 'var-file is an array',
    template: `{${B}}`,
    varFiles: { 'vf.json': '["a"]' },
    format: 'plain',
    text: "Error reading variables in 'vf.json': json: cannot unmarshal array into Go value of type kvflag.FlagJSON",
    at: { text: '[' },
    key: '-var-file=vf.json',
  },
  {
    name: 'var-file is empty',
    template: `{${B}}`,
    varFiles: { 'vf.json': '' },
    format: 'plain',
    text: "Error reading variables in 'vf.json': EOF",
    at: { end: true },
    key: '-var-file=vf.json',
  },
  {
    name: 'var-file syntax error',
    template: `{${B}}`,
    varFiles: { 'vf.json': '{"a":"1",}' },
    format: 'plain',
    text: "Error reading variables in 'vf.json': invalid character '}' looking for beginning of object key string",
    at: { text: '}' },
    key: '-var-file=vf.json',
  },
  {
    name: 'second var-file missing after a good one',
    template: `{${B}}`,
    varFiles: { 'good.json': '{"a":"1"}', 'missing.json': null },
    format: 'plain',
    text: 'open missing.json: no such file or directory',
    at: { start: true },
    key: '-var-file=missing.json',
  },
  {
    name: 'variable references an undefined variable',
    template: `{"variables":{"a":"{{user \`nope\`}}"},${B}}`,
    format: 'hcl',
    text:
      'Failed to interpolate "a": "{{user `nope`}}"; error: template: root:1:2: executing "root" at <user `nope`>: ' +
      "error calling user: Error: variable not set: nope: Please make sure that the variable you're referencing has been defined; " +
      'Packer treats all variables used to interpolate other user variables as required.',
    at: { text: '"variables"' },
    key: 'variables',
  },
  {
    name: 'variable default calls an unknown function',
    template: `{"variables":{"a":"{{nosuchfunc}}"},${B}}`,
    format: 'hcl',
    text: `error interpolating default value for 'a': template: root:1: function "nosuchfunc" not defined`,
    at: { text: '"variables"' },
    key: 'variables',
  },
  {
    name: 'variable default with an unclosed action',
    template: `{"variables":{"a":"{{"},${B}}`,
    format: 'hcl',
    text: "error interpolating default value for 'a': template: root:1: unclosed action",
    at: { text: '"variables"' },
    key: 'variables',
  },
  {
    name: 'variable default fails while executing (error is raw)',
    template: `{"variables":{"a":"{{ split \`a\` \`,\` 5 }}"},${B}}`,
    format: 'hcl',
    text:
      'template: root:1:3: executing "root" at <split `a` `,` 5>: error calling split: ' +
      'the substring 5 was unavailable using the separator value, ,, only 1 values were found',
    at: { text: '"variables"' },
    key: 'variables',
  },
  {
    name: 'variables referencing each other in a cycle',
    template: `{"variables":{"a":"{{user \`b\`}}","b":"{{user \`a\`}}"},${B}}`,
    format: 'hcl',
    text:
      'Failed to interpolate "b": "{{user `a`}}"; error: template: root:1:2: executing "root" at <user `a`>: ' +
      "error calling user: Error: variable not set: a: Please make sure that the variable you're referencing has been defined; " +
      'Packer treats all variables used to interpolate other user variables as required.',
    at: { text: '"variables"' },
    key: 'variables',
  },
  {
    name: 'build_name in a builder name',
    template: '{"builders":[{"type":"null","name":"{{build_name}}","communicator":"none"}]}',
    format: 'hcl',
    text: "Error interpolating builder '{{build_name}}': template: root:1:2: executing \"root\" at <build_name>: error calling build_name: build_name not available",
    at: { text: '{"type"' },
    key: 'builders[0].name',
  },
  {
    name: 'env in a builder name',
    template: '{"builders":[{"type":"null","name":"{{env `HOME`}}","communicator":"none"}]}',
    format: 'hcl',
    text: "Error interpolating builder '{{env `HOME`}}': template: root:1:2: executing \"root\" at <env `HOME`>: error calling env: env vars are not allowed here",
    at: { text: '{"type"' },
    key: 'builders[0].name',
  },
];
