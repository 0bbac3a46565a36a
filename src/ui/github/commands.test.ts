import { CommandGuard, escapeData, escapeProperty, workflowCommand } from './commands.js';
import { parseStepLog, rawCommands } from './test-support.js';

describe('escaping as @actions/core', () => {
  test('data: %, CR, LF; % first so an escape in the text survives', () => {
    expect(escapeData('50% done\r\nnext %0A')).toBe('50%25 done%0D%0Anext %250A');
  });
  test('properties: also : and ,', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
  test('workflowCommand leaves out empty properties and round-trips through the runner', () => {
    const cmd = workflowCommand('error', { file: 'dir/t,1.json', line: 3, col: undefined, title: "Build 'x': failed" }, 'one\ntwo 100%');
    expect(cmd).toBe("::error file=dir/t%2C1.json,line=3,title=Build 'x'%3A failed::one%0Atwo 100%25");
    expect(parseStepLog(`${cmd}\n`).commands).toEqual([
      { name: 'error', props: { file: 'dir/t,1.json', line: '3', title: "Build 'x': failed" }, data: 'one\ntwo 100%' },
    ]);
  });
});

describe('CommandGuard: build output never acts as a workflow command', () => {
  const attacks = [
    '::set-output name=x::y',
    '   ::error::boom',
    '    web: ##[add-mask]x',
    'progress 10%\r::endgroup::',
    '==> web: fine\r   ::group::evil',
    '##[group]fake',
  ];
  test.each(attacks)('%p is printed as text', (line) => {
    expect(rawCommands(line).length).toBeGreaterThan(0); // unguarded, the runner obeys it
    const g = new CommandGuard();
    const log = parseStepLog(`::group::web\n${g.lines([line])}::endgroup::\n`);
    expect(log.commands.map((c) => c.name)).toEqual(['group', 'endgroup']);
    expect(log.groups[0]!.lines.join('\r')).toBe(line);
  });

  test('clean lines are written as they are; a run of risky lines shares one stop block', () => {
    const g = new CommandGuard();
    expect(g.lines(['==> web: ok', '    web: also ok'])).toBe('==> web: ok\n    web: also ok\n');
    const out = g.lines(['a', '::x::', '##[y]', 'b']);
    expect(out.split('\n').filter((l) => l.startsWith('::stop-commands::'))).toHaveLength(1);
    expect(parseStepLog(out).outside).toEqual(['a', '::x::', '##[y]', 'b']);
  });

  test('the resume token is unguessable: another renderer has another one', () => {
    const a = new CommandGuard().lines(['::x::']).split('\n')[0];
    const b = new CommandGuard().lines(['::x::']).split('\n')[0];
    expect(a).toMatch(/^::stop-commands::image-build-[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });
});
